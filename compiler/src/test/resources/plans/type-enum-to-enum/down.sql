-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 5: change column type core.purchase.state
ALTER TABLE "core"."purchase" ALTER COLUMN "state" TYPE "core"."order_state" USING ("state"::text::"core"."order_state");

COMMIT;

-- undo step 4: validate not null check core.purchase_strata_new_state_nn
-- nothing to undo for 'core.purchase.purchase_strata_new_state_nn': the way back of the expand step drops it

-- undo step 3: backfill column core.purchase.state
-- nothing to undo for 'core.purchase.state': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 2: expand column type core.purchase.state
DROP TRIGGER IF EXISTS "zz_strata_sync_purchase_state_update" ON "core"."purchase";
DROP TRIGGER IF EXISTS "zz_strata_sync_purchase_state" ON "core"."purchase";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_purchase_state" ();
ALTER TABLE "core"."purchase" DROP COLUMN IF EXISTS "strata_new_state";

-- undo step 1: add enum core.fulfilment
DROP TYPE "core"."fulfilment";

COMMIT;
