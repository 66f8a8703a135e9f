-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop index core.sales_by_total (lock: ACCESS EXCLUSIVE)
DROP INDEX "core"."sales_by_total";

COMMIT;
