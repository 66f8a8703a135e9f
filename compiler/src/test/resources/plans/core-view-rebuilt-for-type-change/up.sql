-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild view core.customer_names (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."customer_names";

-- step 2: change column type core.customer.name (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "id", "name", CAST(("name") AS character varying(10)) AS "strata_converted" FROM "core"."customer";
ALTER TABLE "core"."customer" ALTER COLUMN "name" TYPE character varying(10);

-- step 3: rebuild view core.customer_names (lock: NONE)
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name::text from core.customer;

COMMIT;
