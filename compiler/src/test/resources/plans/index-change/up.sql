-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 1: drop index core.customer_by_name (lock: SHARE UPDATE EXCLUSIVE)
DROP INDEX CONCURRENTLY IF EXISTS "core"."customer_by_name";

-- step 2: add index core.customer_by_name (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "customer_by_name" ON "core"."customer" ("name", "email");
