-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view core.customer_names (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."customer_names";

-- step 2: replace view core.customer_names (lock: NONE)
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, coalesce(name, email) from core.customer;

COMMIT;
