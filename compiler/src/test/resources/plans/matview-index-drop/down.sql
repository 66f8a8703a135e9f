-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop index core.sales_by_total
CREATE INDEX "sales_by_total" ON "core"."sales_by_category" ("total" DESC);

COMMIT;
