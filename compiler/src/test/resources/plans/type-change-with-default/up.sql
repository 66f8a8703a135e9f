-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.job.priority (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."job" ALTER COLUMN "priority" DROP DEFAULT;
ALTER TABLE "core"."job" ALTER COLUMN "priority" TYPE integer;

-- step 2: set default core.job.priority (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."job" ALTER COLUMN "priority" SET DEFAULT 2;

COMMIT;
