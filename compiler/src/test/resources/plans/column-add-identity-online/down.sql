-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 6: add identity core.event.seq
ALTER TABLE "core"."event" ALTER COLUMN "seq" DROP IDENTITY;

COMMIT;

-- undo step 5: drop not null check core.event_seq_strata_nn
-- nothing to undo for 'core.event.event_seq_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 4: set not null core.event.seq
ALTER TABLE "core"."event" ALTER COLUMN "seq" DROP NOT NULL;

-- undo step 3: validate not null check core.event_seq_strata_nn
-- nothing to undo for 'core.event.event_seq_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 2: backfill column core.event.seq
-- nothing to undo for 'core.event.seq': the way back of the step that added the column drops it

BEGIN;

-- undo step 1: add column core.event.seq
DROP TRIGGER IF EXISTS "zz_strata_fill_event_seq" ON "core"."event";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_event_seq" ();
ALTER TABLE "core"."event" DROP COLUMN "seq";

COMMIT;
