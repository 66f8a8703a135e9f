-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: replace view core.customer_names
DROP VIEW "core"."customer_names";

-- undo step 1: replace view core.customer_names
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name from core.customer;

COMMIT;
