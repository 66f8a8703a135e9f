-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 5: validate check core.item_total_check
-- nothing to undo for 'core.item.item_total_check': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 4: add check core.item_total_check
ALTER TABLE "core"."item" DROP CONSTRAINT "item_total_check";

-- undo step 3: add column core.item.total
ALTER TABLE "core"."item" DROP COLUMN "total";

-- undo step 2: drop column core.item.total
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED;

-- undo step 1: drop check core.item_total_check
ALTER TABLE "core"."item" ADD CONSTRAINT "item_total_check" CHECK (total >= 0);

COMMIT;
