-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: set not null core.counter.note
ALTER TABLE "core"."counter" ALTER COLUMN "note" DROP NOT NULL;

-- undo step 2: set default core.counter.hits
ALTER TABLE "core"."counter" ALTER COLUMN "hits" DROP DEFAULT;

-- undo step 1: change column type core.counter.hits
ALTER TABLE "core"."counter" ALTER COLUMN "hits" TYPE integer;
ALTER TABLE "core"."counter" ALTER COLUMN "hits" SET DEFAULT 0;

COMMIT;
