-- Strata plan 0002_add-city: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.customer.city (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "city" text;

-- step 2: add column core.customer.phone (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "phone" text;

COMMIT;
