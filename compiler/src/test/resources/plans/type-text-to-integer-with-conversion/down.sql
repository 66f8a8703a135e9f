-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.reading.value
DELETE FROM "strata_backup"."0002_change_1" AS "backup" USING "core"."reading" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."value" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."reading" ALTER COLUMN "value" TYPE text USING (value::text);
UPDATE "core"."reading" AS "target" SET "value" = "backup"."value" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."id" = "backup"."id";

COMMIT;
