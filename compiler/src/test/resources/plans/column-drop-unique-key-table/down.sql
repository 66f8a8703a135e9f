-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.tag.label
ALTER TABLE "core"."tag" ADD COLUMN "label" text;
UPDATE "core"."tag" AS "target" SET "label" = "backup"."label" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."code" = "backup"."code";

COMMIT;
