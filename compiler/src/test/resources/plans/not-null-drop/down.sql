-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop not null core.customer.email
ALTER TABLE "core"."customer" ALTER COLUMN "email" SET NOT NULL;

COMMIT;
