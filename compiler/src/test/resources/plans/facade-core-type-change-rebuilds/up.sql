-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.customer.email (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "strata_new_email" character varying(200);
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_strata_new_email_nn" CHECK ("strata_new_email" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_customer_email" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_email" := (SELECT (CAST("email" AS character varying(200))) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_customer_email" BEFORE INSERT ON "core"."customer" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_customer_email" ();
CREATE TRIGGER "zz_strata_sync_customer_email_update" BEFORE UPDATE ON "core"."customer" FOR EACH ROW WHEN (NEW."strata_new_email" IS NOT DISTINCT FROM OLD."strata_new_email") EXECUTE FUNCTION "core"."zz_strata_sync_customer_email" ();
ALTER TABLE "core"."customer" ENABLE ALWAYS TRIGGER "zz_strata_sync_customer_email";
ALTER TABLE "core"."customer" ENABLE ALWAYS TRIGGER "zz_strata_sync_customer_email_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.customer.email (lock: ROW EXCLUSIVE)
UPDATE "core"."customer" SET "strata_new_email" = (CAST("email" AS character varying(200))) WHERE "strata_new_email" IS NULL;

-- step 3: validate not null check core.customer_strata_new_email_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."customer" VALIDATE CONSTRAINT "customer_strata_new_email_nn";

BEGIN;

-- step 4: replace view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 5: change column type core.customer.email (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_5
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_5";
CREATE TABLE "strata_backup"."0002_change_5" AS SELECT "id", "email", CAST(("email") AS character varying(200)) AS "strata_converted" FROM "core"."customer";
DROP TRIGGER "zz_strata_sync_customer_email_update" ON "core"."customer";
DROP TRIGGER "zz_strata_sync_customer_email" ON "core"."customer";
DROP FUNCTION "core"."zz_strata_sync_customer_email" ();
ALTER TABLE "core"."customer" DROP COLUMN "email";
ALTER TABLE "core"."customer" RENAME COLUMN "strata_new_email" TO "email";
ALTER TABLE "core"."customer" ALTER COLUMN "email" SET NOT NULL;
ALTER TABLE "core"."customer" DROP CONSTRAINT IF EXISTS "customer_strata_new_email_nn";

-- step 6: replace view shop_api_v1.customers (lock: NONE)
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email::text, full_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
