-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop function core.customer_count() (lock: NONE)
DROP FUNCTION "core"."customer_count"();

-- step 2: add function core.customer_count(text) (lock: NONE)
CREATE FUNCTION "core"."customer_count" ("domain_name" text)
    RETURNS bigint
    LANGUAGE "sql" STABLE
    AS $$ select count(*) from core.customer where email like '%@' || domain_name $$;

COMMIT;
