-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 7: grant lab_api_v1 USAGE to lab_app
REVOKE USAGE ON SCHEMA "lab_api_v1" FROM "lab_app";

-- undo step 6: add function lab_api_v1.samples_from(bigint)
DROP FUNCTION "lab_api_v1"."samples_from"(bigint);

-- undo step 5: add function lab_api_v1.one_sample(bigint)
DROP FUNCTION "lab_api_v1"."one_sample"(bigint);

-- undo step 4: add function lab_api_v1.label_of(samples)
DROP FUNCTION "lab_api_v1"."label_of"("lab_api_v1"."samples");

-- undo step 3: add view lab_api_v1.samples
DROP VIEW "lab_api_v1"."samples";

-- undo step 2: add facade version lab_api_v1
DROP SCHEMA "lab_api_v1";

-- undo step 1: ensure role lab_app
-- role 'lab_app' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
