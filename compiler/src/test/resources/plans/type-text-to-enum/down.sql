-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: set default core.purchase.status
ALTER TABLE "core"."purchase" ALTER COLUMN "status" DROP DEFAULT;

-- undo step 2: change column type core.purchase.status
ALTER TABLE "core"."purchase" ALTER COLUMN "status" TYPE text;
ALTER TABLE "core"."purchase" ALTER COLUMN "status" SET DEFAULT 'placed';

-- undo step 1: add enum core.purchase_status
DROP TYPE "core"."purchase_status";

COMMIT;
