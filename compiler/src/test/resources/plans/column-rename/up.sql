-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rename column core.customer.name -> full_name (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" RENAME COLUMN "name" TO "full_name";

COMMIT;
