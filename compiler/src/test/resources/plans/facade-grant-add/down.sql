-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: grant shop_api_v1.customers SELECT to reporting
REVOKE SELECT ON TABLE "shop_api_v1"."customers" FROM "reporting";

-- undo step 2: grant shop_api_v1 USAGE to reporting
REVOKE USAGE ON SCHEMA "shop_api_v1" FROM "reporting";

-- undo step 1: ensure role reporting
-- role 'reporting' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
