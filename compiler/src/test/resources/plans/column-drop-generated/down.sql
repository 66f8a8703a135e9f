-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.item.total
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED;

COMMIT;
