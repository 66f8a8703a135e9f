-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 8: drop not null check core.purchase_total_cents_strata_nn
-- nothing to undo for 'core.purchase.purchase_total_cents_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 7: set not null core.purchase.total_cents
ALTER TABLE "core"."purchase" ALTER COLUMN "total_cents" DROP NOT NULL;

-- undo step 6: validate not null check core.purchase_total_cents_strata_nn
-- nothing to undo for 'core.purchase.purchase_total_cents_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 5: backfill column core.purchase.total_cents
-- nothing to undo for 'core.purchase.total_cents': the way back of the step that added the column drops it

BEGIN;

-- undo step 4: add trigger core.purchase.zz_strata_expand_purchase_total_cents_update
DROP TRIGGER "zz_strata_expand_purchase_total_cents_update" ON "core"."purchase";

-- undo step 3: add trigger core.purchase.zz_strata_expand_purchase_total_cents
DROP TRIGGER "zz_strata_expand_purchase_total_cents" ON "core"."purchase";

-- undo step 2: add function core.zz_strata_expand_purchase_total_cents()
DROP FUNCTION "core"."zz_strata_expand_purchase_total_cents"();

-- undo step 1: add column core.purchase.total_cents
-- keep what the way back removes: core.purchase into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "total_cents" FROM "core"."purchase";
ALTER TABLE "core"."purchase" DROP COLUMN "total_cents";

COMMIT;
