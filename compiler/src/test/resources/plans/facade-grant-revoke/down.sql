-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: revoke shop_api_v1.customer_email EXECUTE to shop_app
GRANT EXECUTE ON FUNCTION "shop_api_v1"."customer_email"(bigint) TO "shop_app";

COMMIT;
