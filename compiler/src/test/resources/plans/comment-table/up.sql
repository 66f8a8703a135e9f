-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: set comment core.customer (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON TABLE "core"."customer" IS 'People who buy things';

COMMIT;
