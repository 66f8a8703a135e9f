-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.price.amount
DELETE FROM "strata_backup"."0002_change_1" AS "backup" USING "core"."price" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."amount" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."price" ALTER COLUMN "amount" TYPE numeric(12,4);
UPDATE "core"."price" AS "target" SET "amount" = "backup"."amount" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."id" = "backup"."id";

COMMIT;
