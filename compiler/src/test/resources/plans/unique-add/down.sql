-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 2: add unique constraint core.customer_email_key
ALTER TABLE "core"."customer" DROP CONSTRAINT "customer_email_key";

-- undo step 1: add key index core.customer_email_key
DROP INDEX CONCURRENTLY IF EXISTS "core"."customer_email_key";
