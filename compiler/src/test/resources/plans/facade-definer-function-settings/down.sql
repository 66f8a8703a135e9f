-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: alter function options shop_api_v1.customer_email(bigint)
ALTER FUNCTION "shop_api_v1"."customer_email"(bigint) PARALLEL UNSAFE RESET ALL;

COMMIT;
