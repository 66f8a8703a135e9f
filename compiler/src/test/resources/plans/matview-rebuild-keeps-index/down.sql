-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: replace view core.sales_by_category
DROP MATERIALIZED VIEW "core"."sales_by_category";

-- undo step 1: replace view core.sales_by_category
CREATE MATERIALIZED VIEW "core"."sales_by_category" ("category", "total") AS
select category, sum(amount) from core.rental group by category
WITH DATA;
CREATE UNIQUE INDEX "sales_by_category_category_idx" ON "core"."sales_by_category" ("category");
CREATE INDEX "sales_by_total" ON "core"."sales_by_category" ("total" DESC);

COMMIT;
