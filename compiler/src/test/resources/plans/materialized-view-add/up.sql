-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add view core.customer_count (lock: NONE)
CREATE MATERIALIZED VIEW "core"."customer_count" ("n") AS
select count(*) from core.customer
WITH DATA;

COMMIT;
