-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop function core.customer_count() (lock: NONE)
DROP FUNCTION "core"."customer_count"();

COMMIT;
