-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add unique constraint core.customer_name_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_name_key" UNIQUE NULLS NOT DISTINCT ("name");

COMMIT;
