-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 2: rename column core.customer.full_name -> display_name (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" RENAME COLUMN "full_name" TO "display_name";

-- step 3: replace view shop_api_v1.customers (lock: NONE)
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, display_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
