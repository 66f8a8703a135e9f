-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: ensure role shop_app (lock: NONE)
DO $strata$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'shop_app') THEN
        CREATE ROLE "shop_app" NOLOGIN;
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$strata$;

-- step 2: add facade version shop_api_v1 (lock: NONE)
CREATE SCHEMA "shop_api_v1";

-- step 3: add function shop_api_v1.customer_email(bigint) (lock: NONE)
CREATE FUNCTION "shop_api_v1"."customer_email" ("customer_id" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$
    select email from core.customer where id = customer_id
  $$;
REVOKE ALL ON FUNCTION "shop_api_v1"."customer_email"(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "shop_api_v1"."customer_email"(bigint) TO "shop_app";

-- step 4: add view shop_api_v1.customers (lock: NONE)
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

-- step 5: grant shop_api_v1 USAGE to shop_app (lock: NONE)
GRANT USAGE ON SCHEMA "shop_api_v1" TO "shop_app";

COMMIT;
