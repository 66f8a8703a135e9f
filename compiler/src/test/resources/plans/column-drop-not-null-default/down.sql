-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.customer.score
ALTER TABLE "core"."customer" ADD COLUMN "score" integer DEFAULT 5 NOT NULL;
UPDATE "core"."customer" AS "target" SET "score" = "backup"."score" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."id" = "backup"."id";
COMMENT ON COLUMN "core"."customer"."score" IS 'points';

COMMIT;
