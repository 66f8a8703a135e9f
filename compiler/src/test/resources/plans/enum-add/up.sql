-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum core.mood (lock: NONE)
CREATE TYPE "core"."mood" AS ENUM ('happy', 'sad');
COMMENT ON TYPE "core"."mood" IS 'How it feels';

COMMIT;
