-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: grant api_v1 USAGE to admin
REVOKE USAGE ON SCHEMA "api_v1" FROM "admin";

-- undo step 3: replace view api_v1.customers
DROP VIEW "api_v1"."customers";

-- undo step 2: replace view api_v1.customers
CREATE VIEW "api_v1"."customers" ("id", "email") AS
select id, email from core.customer;
GRANT SELECT ON TABLE "api_v1"."customers" TO "app";

-- undo step 1: ensure role admin
-- role 'admin' is kept: roles are cluster-wide and a plan never drops them

COMMIT;
