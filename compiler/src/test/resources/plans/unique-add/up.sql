-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add unique constraint core.customer_email_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_email_key" UNIQUE ("email");

COMMIT;
