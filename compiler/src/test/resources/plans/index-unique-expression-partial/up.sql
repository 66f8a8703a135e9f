-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add unique constraint core.customer_name_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_name_key" UNIQUE ("name");

COMMIT;

-- Outside the transaction: PostgreSQL cannot run these in one.

-- step 2: add index core.customer_email_lower (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "customer_email_lower" ON "core"."customer" ((lower(email))) WHERE (name is not null);
