-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: replace view shop_api_v1.customers
DROP VIEW "shop_api_v1"."customers";

-- undo step 1: replace view shop_api_v1.customers
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
