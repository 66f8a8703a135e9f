-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: retire facade version shop_api_v1
CREATE SCHEMA "shop_api_v1";
GRANT USAGE ON SCHEMA "shop_api_v1" TO "shop_app";

-- undo step 2: drop view shop_api_v1.customers
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

-- undo step 1: drop function shop_api_v1.customer_email(bigint)
CREATE FUNCTION "shop_api_v1"."customer_email" ("customer_id" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$
    select email from core.customer where id = customer_id
  $$;
REVOKE ALL ON FUNCTION "shop_api_v1"."customer_email"(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "shop_api_v1"."customer_email"(bigint) TO "shop_app";

COMMIT;
