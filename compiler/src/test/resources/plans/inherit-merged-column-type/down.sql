-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.cities.country
ALTER TABLE "core"."cities" ALTER COLUMN "country" TYPE character varying(40);

COMMIT;
