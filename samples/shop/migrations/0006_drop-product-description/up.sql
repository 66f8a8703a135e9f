-- Strata plan 0006_drop-product-description: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop column core.product.description (lock: ACCESS EXCLUSIVE)
-- backup of core.product into strata_backup.0006_drop-product-description_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0006_drop-product-description_1";
CREATE TABLE "strata_backup"."0006_drop-product-description_1" AS SELECT "id", "description" FROM "core"."product";
ALTER TABLE "core"."product" DROP COLUMN "description";

COMMIT;
