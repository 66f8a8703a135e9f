-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop check core.item_total_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" DROP CONSTRAINT "item_total_check";

-- step 2: drop column core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" DROP COLUMN "total";

-- step 3: add column core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty * 1.2) STORED;

-- step 4: add check core.item_total_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" ADD CONSTRAINT "item_total_check" CHECK (total >= 0) NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 5: validate check core.item_total_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."item" VALIDATE CONSTRAINT "item_total_check";
