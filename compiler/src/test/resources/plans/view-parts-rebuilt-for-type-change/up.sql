-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: rebuild view core.customer_names (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."customer_names";

-- step 2: rebuild view core.name_lengths (lock: ACCESS EXCLUSIVE)
DROP MATERIALIZED VIEW "core"."name_lengths";

-- step 3: change column type core.customer.name (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_3
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3";
CREATE TABLE "strata_backup"."0002_change_3" AS SELECT "id", "name", CAST(("name") AS character varying(10)) AS "strata_converted" FROM "core"."customer";
ALTER TABLE "core"."customer" ALTER COLUMN "name" TYPE character varying(10);

-- step 4: rebuild view core.customer_names (lock: NONE)
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name::text from core.customer;
CREATE TRIGGER "customer_names_delete" INSTEAD OF DELETE ON "core"."customer_names" FOR EACH ROW EXECUTE FUNCTION "core"."forget_customer" ();

-- step 5: rebuild view core.name_lengths (lock: NONE)
CREATE MATERIALIZED VIEW "core"."name_lengths" ("id", "length") AS
select id, length(name) from core.customer
WITH DATA;
CREATE UNIQUE INDEX "name_lengths_id_idx" ON "core"."name_lengths" ("id");
CREATE INDEX "name_lengths_length_idx" ON "core"."name_lengths" ("length");

COMMIT;
