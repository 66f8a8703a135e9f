-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 7: validate check core.shop_stock_check
-- nothing to undo for 'core.shop.shop_stock_check': the reverse of the step that added it NOT VALID drops it

-- undo step 6: validate foreign key core.shop_region
-- nothing to undo for 'core.shop.shop_region': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 5: add foreign key core.shop_region
ALTER TABLE "core"."shop" DROP CONSTRAINT "shop_region";

-- undo step 4: add foreign key core.parcel_shop_id_fkey
ALTER TABLE "core"."parcel" DROP CONSTRAINT "parcel_shop_id_fkey";

-- undo step 3: add check core.shop_stock_check
ALTER TABLE "core"."shop" DROP CONSTRAINT "shop_stock_check";

-- undo step 2: add check core.parcel_weight_check
ALTER TABLE "core"."parcel" DROP CONSTRAINT "parcel_weight_check";

-- undo step 1: add table core.parcel
-- keep what the way back removes: core.parcel into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "shop_id", "weight" FROM "core"."parcel";
DROP TABLE "core"."parcel";

COMMIT;
