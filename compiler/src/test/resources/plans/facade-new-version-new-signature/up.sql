-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role app (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'app') THEN
        CREATE ROLE "app" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: add facade version api_v2 (lock: NONE)
CREATE SCHEMA "api_v2";

-- step 3: add function api_v2.find(text,boolean) (lock: NONE)
CREATE FUNCTION "api_v2"."find" ("e" text, "exact" boolean)
    RETURNS bigint
    LANGUAGE "sql" STABLE
    AS $$ select id from core.customer where email = e or (not exact and email ilike e) $$;
REVOKE ALL ON FUNCTION "api_v2"."find"(text, boolean) FROM PUBLIC;

-- step 4: add procedure api_v2.forget(bigint) (lock: NONE)
CREATE PROCEDURE "api_v2"."forget" ("customer_id" bigint)
    LANGUAGE "sql"
    AS $$ delete from core.customer where id = customer_id $$;
REVOKE ALL ON PROCEDURE "api_v2"."forget"(bigint) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE "api_v2"."forget"(bigint) TO "app";

-- step 5: grant api_v2 USAGE to app (lock: NONE)
GRANT USAGE ON SCHEMA "api_v2" TO "app";

COMMIT;
