-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum core.purchase_status (lock: NONE)
CREATE TYPE "core"."purchase_status" AS ENUM ('placed', 'paid', 'shipped');

-- step 2: change column type core.purchase.status (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "core"."purchase" ALTER COLUMN "status" TYPE "core"."purchase_status" USING ("status"::text::"core"."purchase_status");

-- step 3: set default core.purchase.status (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ALTER COLUMN "status" SET DEFAULT 'placed';

COMMIT;
