-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role shop_admin (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'shop_admin') THEN
        CREATE ROLE "shop_admin" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: add facade version shop_api_v2 (lock: NONE)
CREATE SCHEMA "shop_api_v2";

-- step 3: add view shop_api_v2.customers (lock: NONE)
CREATE VIEW "shop_api_v2"."customers" ("id", "email", "full_name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v2"."customers" TO "shop_admin";
GRANT SELECT ON TABLE "shop_api_v2"."customers" TO "shop_app";

-- step 4: grant shop_api_v2 USAGE to shop_admin (lock: NONE)
GRANT USAGE ON SCHEMA "shop_api_v2" TO "shop_admin";

-- step 5: grant shop_api_v2 USAGE to shop_app (lock: NONE)
GRANT USAGE ON SCHEMA "shop_api_v2" TO "shop_app";

COMMIT;
