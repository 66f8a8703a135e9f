-- Strata plan 0006_drop-product-description: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.product.description
ALTER TABLE "core"."product" ADD COLUMN "description" text;
UPDATE "core"."product" AS "target" SET "description" = "backup"."description" FROM "strata_backup"."0006_drop-product-description_1" AS "backup" WHERE "target"."id" = "backup"."id";

COMMIT;
