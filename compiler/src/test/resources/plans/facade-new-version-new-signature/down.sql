-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: grant api_v2 USAGE to app
REVOKE USAGE ON SCHEMA "api_v2" FROM "app";

-- undo step 4: add procedure api_v2.forget(bigint)
DROP PROCEDURE "api_v2"."forget"(bigint);

-- undo step 3: add function api_v2.find(text,boolean)
DROP FUNCTION "api_v2"."find"(text, boolean);

-- undo step 2: add facade version api_v2
DROP SCHEMA "api_v2";

-- undo step 1: ensure role app
-- role 'app' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
