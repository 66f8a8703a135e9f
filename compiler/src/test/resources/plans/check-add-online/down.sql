-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 4: validate check core.product_price_check
-- nothing to undo for 'core.product.product_price_check': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 3: add check core.product_stock_small
ALTER TABLE "core"."product" DROP CONSTRAINT "product_stock_small";

-- undo step 2: add check core.product_price_check
ALTER TABLE "core"."product" DROP CONSTRAINT "product_price_check";

-- undo step 1: add table core.shelf
-- keep what the way back removes: core.shelf into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "capacity" FROM "core"."shelf";
DROP TABLE "core"."shelf";

COMMIT;
