-- Strata plan 0003_rename-full-name: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: replace view shop_api_v2.customers
DROP VIEW "shop_api_v2"."customers";

-- undo step 4: replace view shop_api_v1.customers
DROP VIEW "shop_api_v1"."customers";

-- undo step 3: rename column core.customer.full_name -> display_name
ALTER TABLE "core"."customer" RENAME COLUMN "display_name" TO "full_name";

-- undo step 2: replace view shop_api_v2.customers
CREATE VIEW "shop_api_v2"."customers" ("id", "email", "full_name", "phone", "created_at") AS
select id, email, full_name, phone, created_at from core.customer;
GRANT SELECT ON TABLE "shop_api_v2"."customers" TO "shop_app";

-- undo step 1: replace view shop_api_v1.customers
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
