-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 5: set default core.job.priority
ALTER TABLE "core"."job" ALTER COLUMN "priority" DROP DEFAULT;

-- undo step 4: change column type core.job.priority
ALTER TABLE "core"."job" ALTER COLUMN "priority" TYPE smallint;
ALTER TABLE "core"."job" ALTER COLUMN "priority" SET DEFAULT 1;

COMMIT;

-- undo step 3: validate not null check core.job_strata_new_priority_nn
-- nothing to undo for 'core.job.job_strata_new_priority_nn': the way back of the expand step drops it

-- undo step 2: backfill column core.job.priority
-- nothing to undo for 'core.job.priority': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 1: expand column type core.job.priority
DROP TRIGGER IF EXISTS "zz_strata_sync_job_priority_update" ON "core"."job";
DROP TRIGGER IF EXISTS "zz_strata_sync_job_priority" ON "core"."job";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_job_priority" ();
ALTER TABLE "core"."job" DROP COLUMN IF EXISTS "strata_new_priority";

COMMIT;
