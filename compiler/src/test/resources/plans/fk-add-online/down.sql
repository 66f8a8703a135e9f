-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 5: validate foreign key core.purchase_customer_id_fkey
-- nothing to undo for 'core.purchase.purchase_customer_id_fkey': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 4: add foreign key core.refund_purchase_id_fkey
ALTER TABLE "core"."refund" DROP CONSTRAINT "refund_purchase_id_fkey";

-- undo step 3: add foreign key core.purchase_gift_for_fkey
ALTER TABLE "core"."purchase" DROP CONSTRAINT "purchase_gift_for_fkey";

-- undo step 2: add foreign key core.purchase_customer_id_fkey
ALTER TABLE "core"."purchase" DROP CONSTRAINT "purchase_customer_id_fkey";

-- undo step 1: add table core.refund
-- keep what the way back removes: core.refund into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "purchase_id" FROM "core"."refund";
DROP TABLE "core"."refund";

COMMIT;
