-- Strata plan 0003_rename-full-name: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 2: replace view shop_api_v2.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v2"."customers";

-- step 3: rename column core.customer.full_name -> display_name (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" RENAME COLUMN "full_name" TO "display_name";

-- step 4: replace view shop_api_v1.customers (lock: NONE)
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, display_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

-- step 5: replace view shop_api_v2.customers (lock: NONE)
CREATE VIEW "shop_api_v2"."customers" ("id", "email", "full_name", "phone", "created_at") AS
select id, email, display_name, phone, created_at from core.customer;
GRANT SELECT ON TABLE "shop_api_v2"."customers" TO "shop_app";

COMMIT;
