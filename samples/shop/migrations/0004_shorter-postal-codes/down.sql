-- Strata plan 0004_shorter-postal-codes: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.address.postal_code
DELETE FROM "strata_backup"."0004_shorter-postal-codes_1" AS "backup" USING "core"."address" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."postal_code" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."address" ALTER COLUMN "postal_code" TYPE text USING (postal_code::text);
UPDATE "core"."address" AS "target" SET "postal_code" = "backup"."postal_code" FROM "strata_backup"."0004_shorter-postal-codes_1" AS "backup" WHERE "target"."id" = "backup"."id";

COMMIT;
