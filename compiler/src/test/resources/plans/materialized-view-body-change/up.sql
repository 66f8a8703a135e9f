-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view core.customer_count (lock: ACCESS EXCLUSIVE)
DROP MATERIALIZED VIEW "core"."customer_count";

-- step 2: replace view core.customer_count (lock: NONE)
CREATE MATERIALIZED VIEW "core"."customer_count" ("n") AS
select count(id) from core.customer
WITH DATA;

COMMIT;
