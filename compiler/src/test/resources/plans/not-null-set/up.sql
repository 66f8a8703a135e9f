-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add not null check core.customer_name_strata_nn (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_name_strata_nn" CHECK ("name" IS NOT NULL) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: validate not null check core.customer_name_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."customer" VALIDATE CONSTRAINT "customer_name_strata_nn";

-- step 3: set not null core.customer.name (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ALTER COLUMN "name" SET NOT NULL;

-- step 4: drop not null check core.customer_name_strata_nn (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" DROP CONSTRAINT IF EXISTS "customer_name_strata_nn";
