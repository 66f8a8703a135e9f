-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild function lab_api_v1.samples_from(bigint) (lock: NONE)
DROP FUNCTION "lab_api_v1"."samples_from"(bigint);

-- step 2: rebuild view lab_api_v1.samples (lock: ACCESS EXCLUSIVE)
DROP VIEW "lab_api_v1"."samples";

-- step 3: change column type core.sample.label (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."sample" ALTER COLUMN "label" TYPE text;

-- step 4: rebuild view lab_api_v1.samples (lock: NONE)
CREATE VIEW "lab_api_v1"."samples" ("id", "label") AS
select id, label::text from core.sample;

-- step 5: rebuild function lab_api_v1.samples_from(bigint) (lock: NONE)
CREATE FUNCTION "lab_api_v1"."samples_from" ("first_id" bigint)
    RETURNS SETOF "lab_api_v1"."samples"
    LANGUAGE "sql" STABLE
    AS $$ 
    select * from lab_api_v1.samples where id >= first_id order by id
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."samples_from"(bigint) FROM PUBLIC;

COMMIT;
