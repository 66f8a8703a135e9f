-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: change column type core.purchase.state
ALTER TABLE "core"."purchase" ALTER COLUMN "state" TYPE "core"."order_state" USING ("state"::text::"core"."order_state");

-- undo step 1: add enum core.fulfilment
DROP TYPE "core"."fulfilment";

COMMIT;
