-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view core.sales_by_category (lock: ACCESS EXCLUSIVE)
DROP MATERIALIZED VIEW "core"."sales_by_category";

-- step 2: replace view core.sales_by_category (lock: NONE)
CREATE MATERIALIZED VIEW "core"."sales_by_category" ("category", "total", "rentals") AS
select category, sum(amount), count(*) from core.rental group by category
WITH DATA;
CREATE UNIQUE INDEX "sales_by_category_category_idx" ON "core"."sales_by_category" ("category");
CREATE INDEX "sales_by_total" ON "core"."sales_by_category" ("total" DESC);

COMMIT;
