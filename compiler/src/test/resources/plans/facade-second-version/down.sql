-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: grant shop_api_v2 USAGE to shop_app
REVOKE USAGE ON SCHEMA "shop_api_v2" FROM "shop_app";

-- undo step 4: grant shop_api_v2 USAGE to shop_admin
REVOKE USAGE ON SCHEMA "shop_api_v2" FROM "shop_admin";

-- undo step 3: add view shop_api_v2.customers
DROP VIEW "shop_api_v2"."customers";

-- undo step 2: add facade version shop_api_v2
DROP SCHEMA "shop_api_v2";

-- undo step 1: ensure role shop_admin
-- role 'shop_admin' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
