-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 5: set default core.counter.hits
ALTER TABLE "core"."counter" ALTER COLUMN "hits" DROP DEFAULT;

-- undo step 4: change column type core.counter.hits
ALTER TABLE "core"."counter" ALTER COLUMN "hits" TYPE integer;
ALTER TABLE "core"."counter" ALTER COLUMN "hits" SET DEFAULT 0;

COMMIT;

-- undo step 3: validate not null check core.counter_strata_new_hits_nn
-- nothing to undo for 'core.counter.counter_strata_new_hits_nn': the way back of the expand step drops it

-- undo step 2: backfill column core.counter.hits
-- nothing to undo for 'core.counter.hits': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 1: expand column type core.counter.hits
DROP TRIGGER IF EXISTS "zz_strata_sync_counter_hits_update" ON "core"."counter";
DROP TRIGGER IF EXISTS "zz_strata_sync_counter_hits" ON "core"."counter";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_counter_hits" ();
ALTER TABLE "core"."counter" DROP COLUMN IF EXISTS "strata_new_hits";

COMMIT;
