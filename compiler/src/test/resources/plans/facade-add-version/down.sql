-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: grant shop_api_v1 USAGE to shop_app
REVOKE USAGE ON SCHEMA "shop_api_v1" FROM "shop_app";

-- undo step 4: add view shop_api_v1.customers
DROP VIEW "shop_api_v1"."customers";

-- undo step 3: add function shop_api_v1.customer_email(bigint)
DROP FUNCTION "shop_api_v1"."customer_email"(bigint);

-- undo step 2: add facade version shop_api_v1
DROP SCHEMA "shop_api_v1";

-- undo step 1: ensure role shop_app
-- role 'shop_app' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
