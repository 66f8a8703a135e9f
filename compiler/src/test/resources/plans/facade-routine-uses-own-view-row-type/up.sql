-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role lab_app (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lab_app') THEN
        CREATE ROLE "lab_app" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: add facade version lab_api_v1 (lock: NONE)
CREATE SCHEMA "lab_api_v1";

-- step 3: add view lab_api_v1.samples (lock: NONE)
CREATE VIEW "lab_api_v1"."samples" ("id", "label") AS
select id, label from core.sample;

-- step 4: add function lab_api_v1.label_of(samples) (lock: NONE)
CREATE FUNCTION "lab_api_v1"."label_of" ("s" "lab_api_v1"."samples")
    RETURNS text
    LANGUAGE "sql" IMMUTABLE
    AS $$ select s.label $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."label_of"("lab_api_v1"."samples") FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "lab_api_v1"."label_of"("lab_api_v1"."samples") TO "lab_app";

-- step 5: add function lab_api_v1.one_sample(bigint) (lock: NONE)
CREATE FUNCTION "lab_api_v1"."one_sample" ("wanted" bigint)
    RETURNS "lab_api_v1"."samples"
    LANGUAGE "sql" STABLE
    AS $$
    select * from lab_api_v1.samples where id = wanted
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."one_sample"(bigint) FROM PUBLIC;

-- step 6: add function lab_api_v1.samples_from(bigint) (lock: NONE)
CREATE FUNCTION "lab_api_v1"."samples_from" ("first_id" bigint)
    RETURNS SETOF "lab_api_v1"."samples"
    LANGUAGE "sql" STABLE
    AS $$
    select * from lab_api_v1.samples where id >= first_id order by id
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."samples_from"(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "lab_api_v1"."samples_from"(bigint) TO "lab_app";

-- step 7: grant lab_api_v1 USAGE to lab_app (lock: NONE)
GRANT USAGE ON SCHEMA "lab_api_v1" TO "lab_app";

COMMIT;
