-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: revoke shop_api_v1.customer_email EXECUTE to shop_app (lock: NONE)
REVOKE EXECUTE ON FUNCTION "shop_api_v1"."customer_email"(bigint) FROM "shop_app";

COMMIT;
