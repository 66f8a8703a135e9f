-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.counter.hits
DELETE FROM "strata_backup"."0002_change_1" AS "backup" USING "core"."counter" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."hits" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."counter" ALTER COLUMN "hits" TYPE bigint;
UPDATE "core"."counter" AS "target" SET "hits" = "backup"."hits" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."id" = "backup"."id";

COMMIT;
