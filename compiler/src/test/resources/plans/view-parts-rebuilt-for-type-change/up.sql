-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.customer.name (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "strata_new_name" character varying(10);
CREATE FUNCTION "core"."zz_strata_sync_customer_name" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_name" := (SELECT (CAST("name" AS character varying(10))) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_customer_name" BEFORE INSERT ON "core"."customer" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_customer_name" ();
CREATE TRIGGER "zz_strata_sync_customer_name_update" BEFORE UPDATE ON "core"."customer" FOR EACH ROW WHEN (NEW."strata_new_name" IS NOT DISTINCT FROM OLD."strata_new_name") EXECUTE FUNCTION "core"."zz_strata_sync_customer_name" ();
ALTER TABLE "core"."customer" ENABLE ALWAYS TRIGGER "zz_strata_sync_customer_name";
ALTER TABLE "core"."customer" ENABLE ALWAYS TRIGGER "zz_strata_sync_customer_name_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.customer.name (lock: ROW EXCLUSIVE)
UPDATE "core"."customer" SET "strata_new_name" = (CAST("name" AS character varying(10))) WHERE "strata_new_name" IS NULL;

BEGIN;

-- step 3: rebuild view core.customer_names (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."customer_names";

-- step 4: rebuild view core.name_lengths (lock: ACCESS EXCLUSIVE)
DROP MATERIALIZED VIEW "core"."name_lengths";

-- step 5: change column type core.customer.name (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_5
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_5";
CREATE TABLE "strata_backup"."0002_change_5" AS SELECT "id", "name", CAST(("name") AS character varying(10)) AS "strata_converted" FROM "core"."customer";
DROP TRIGGER "zz_strata_sync_customer_name_update" ON "core"."customer";
DROP TRIGGER "zz_strata_sync_customer_name" ON "core"."customer";
DROP FUNCTION "core"."zz_strata_sync_customer_name" ();
ALTER TABLE "core"."customer" DROP COLUMN "name";
ALTER TABLE "core"."customer" RENAME COLUMN "strata_new_name" TO "name";

-- step 6: rebuild view core.customer_names (lock: NONE)
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name::text from core.customer;
CREATE TRIGGER "customer_names_delete" INSTEAD OF DELETE ON "core"."customer_names" FOR EACH ROW EXECUTE FUNCTION "core"."forget_customer" ();

-- step 7: rebuild view core.name_lengths (lock: NONE)
CREATE MATERIALIZED VIEW "core"."name_lengths" ("id", "length") AS
select id, length(name) from core.customer
WITH DATA;
CREATE UNIQUE INDEX "name_lengths_id_idx" ON "core"."name_lengths" ("id");
CREATE INDEX "name_lengths_length_idx" ON "core"."name_lengths" ("length");

COMMIT;
