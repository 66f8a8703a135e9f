-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: set default core.job.priority
ALTER TABLE "core"."job" ALTER COLUMN "priority" DROP DEFAULT;

-- undo step 1: change column type core.job.priority
ALTER TABLE "core"."job" ALTER COLUMN "priority" TYPE smallint;
ALTER TABLE "core"."job" ALTER COLUMN "priority" SET DEFAULT 1;

COMMIT;
