-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: set comment core.mood (lock: NONE)
COMMENT ON TYPE "core"."mood" IS 'How it feels';

COMMIT;
