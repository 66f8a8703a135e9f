-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: add primary key core.visit_pkey
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_pkey";

COMMIT;
