-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: rebuild function lab_api_v1.samples_from(bigint)
DROP FUNCTION "lab_api_v1"."samples_from"(bigint);

-- undo step 4: rebuild view lab_api_v1.samples
DROP VIEW "lab_api_v1"."samples";

-- undo step 3: change column type core.sample.label
ALTER TABLE "core"."sample" ALTER COLUMN "label" TYPE character varying(20);

-- undo step 2: rebuild view lab_api_v1.samples
CREATE VIEW "lab_api_v1"."samples" ("id", "label") AS
select id, label::text from core.sample;

-- undo step 1: rebuild function lab_api_v1.samples_from(bigint)
CREATE FUNCTION "lab_api_v1"."samples_from" ("first_id" bigint)
    RETURNS SETOF "lab_api_v1"."samples"
    LANGUAGE "sql" STABLE
    AS $$ 
    select * from lab_api_v1.samples where id >= first_id order by id
  $$;
REVOKE ALL ON FUNCTION "lab_api_v1"."samples_from"(bigint) FROM PUBLIC;

COMMIT;
