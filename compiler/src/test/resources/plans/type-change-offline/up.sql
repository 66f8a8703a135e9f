-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.counter.hits (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ALTER COLUMN "hits" DROP DEFAULT;
ALTER TABLE "core"."counter" ALTER COLUMN "hits" TYPE bigint;

-- step 2: set default core.counter.hits (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ALTER COLUMN "hits" SET DEFAULT 0;

-- step 3: set not null core.counter.note (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ALTER COLUMN "note" SET NOT NULL;

COMMIT;
