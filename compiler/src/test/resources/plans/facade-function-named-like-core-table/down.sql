-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: add function lab_api_v1.first_label()
DROP FUNCTION "lab_api_v1"."first_label"();

-- undo step 3: add function lab_api_v1.sample(bigint)
DROP FUNCTION "lab_api_v1"."sample"(bigint);

-- undo step 2: add view lab_api_v1.samples
DROP VIEW "lab_api_v1"."samples";

-- undo step 1: add facade version lab_api_v1
DROP SCHEMA "lab_api_v1";

COMMIT;
