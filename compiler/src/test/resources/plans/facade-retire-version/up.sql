-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop function shop_api_v1.customer_email(bigint) (lock: NONE)
DROP FUNCTION "shop_api_v1"."customer_email"(bigint);

-- step 2: drop view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 3: retire facade version shop_api_v1 (lock: NONE)
DROP SCHEMA "shop_api_v1";

COMMIT;
