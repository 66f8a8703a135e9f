-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop not null core.customer.email (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ALTER COLUMN "email" DROP NOT NULL;

COMMIT;
