-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: rename column core.customer.name -> full_name
ALTER TABLE "core"."customer" RENAME COLUMN "full_name" TO "name";

COMMIT;
