-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role reporting (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'reporting') THEN
        CREATE ROLE "reporting" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: grant shop_api_v1 USAGE to reporting (lock: NONE)
GRANT USAGE ON SCHEMA "shop_api_v1" TO "reporting";

-- step 3: grant shop_api_v1.customers SELECT to reporting (lock: NONE)
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "reporting";

COMMIT;
