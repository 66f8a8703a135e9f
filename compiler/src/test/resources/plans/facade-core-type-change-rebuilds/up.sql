-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 2: change column type core.customer.email (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "id", "email", CAST(("email") AS character varying(200)) AS "strata_converted" FROM "core"."customer";
ALTER TABLE "core"."customer" ALTER COLUMN "email" TYPE character varying(200);

-- step 3: replace view shop_api_v1.customers (lock: NONE)
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email::text, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
