-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add facade version lab_api_v1 (lock: NONE)
CREATE SCHEMA "lab_api_v1";

-- step 2: add view lab_api_v1.samples (lock: NONE)
CREATE VIEW "lab_api_v1"."samples" ("id", "label") AS
select id, label from core.sample;

-- step 3: add function lab_api_v1.sample(bigint) (lock: NONE)
CREATE FUNCTION "lab_api_v1"."sample" ("wanted" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$ 
    select label from lab_api_v1.samples where id = wanted
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."sample"(bigint) FROM PUBLIC;

-- step 4: add function lab_api_v1.first_label() (lock: NONE)
CREATE FUNCTION "lab_api_v1"."first_label" ()
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$ 
    select lab_api_v1.sample(min(id)) from core.sample
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."first_label"() FROM PUBLIC;

COMMIT;
