-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.cities.country (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."cities" ALTER COLUMN "country" TYPE character varying(80);

COMMIT;
