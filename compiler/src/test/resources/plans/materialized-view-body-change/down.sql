-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: replace view core.customer_count
DROP MATERIALIZED VIEW "core"."customer_count";

-- undo step 1: replace view core.customer_count
CREATE MATERIALIZED VIEW "core"."customer_count" ("n") AS
select count(*) from core.customer
WITH DATA;

COMMIT;
