-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum core.fulfilment (lock: NONE)
CREATE TYPE "core"."fulfilment" AS ENUM ('new', 'paid', 'sent', 'returned');

-- step 2: change column type core.purchase.state (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ALTER COLUMN "state" TYPE "core"."fulfilment" USING ("state"::text::"core"."fulfilment");

COMMIT;
