-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter function options shop_api_v1.customer_email(bigint) (lock: NONE)
ALTER FUNCTION "shop_api_v1"."customer_email"(bigint) PARALLEL SAFE RESET ALL SET "work_mem" TO '4MB';

COMMIT;
