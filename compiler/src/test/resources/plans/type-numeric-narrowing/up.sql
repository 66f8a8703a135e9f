-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.price.amount (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."price" ADD COLUMN "strata_new_amount" numeric(12,2);
ALTER TABLE "core"."price" ADD CONSTRAINT "price_strata_new_amount_nn" CHECK ("strata_new_amount" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_price_amount" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_amount" := (SELECT (CAST("amount" AS numeric(12,2))) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_price_amount" BEFORE INSERT ON "core"."price" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_price_amount" ();
CREATE TRIGGER "zz_strata_sync_price_amount_update" BEFORE UPDATE ON "core"."price" FOR EACH ROW WHEN (NEW."strata_new_amount" IS NOT DISTINCT FROM OLD."strata_new_amount") EXECUTE FUNCTION "core"."zz_strata_sync_price_amount" ();
ALTER TABLE "core"."price" ENABLE ALWAYS TRIGGER "zz_strata_sync_price_amount";
ALTER TABLE "core"."price" ENABLE ALWAYS TRIGGER "zz_strata_sync_price_amount_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.price.amount (lock: ROW EXCLUSIVE)
UPDATE "core"."price" SET "strata_new_amount" = (CAST("amount" AS numeric(12,2))) WHERE "strata_new_amount" IS NULL;

-- step 3: validate not null check core.price_strata_new_amount_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."price" VALIDATE CONSTRAINT "price_strata_new_amount_nn";

BEGIN;

-- step 4: change column type core.price.amount (lock: ACCESS EXCLUSIVE)
-- backup of core.price into strata_backup.0002_change_4
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_4";
CREATE TABLE "strata_backup"."0002_change_4" AS SELECT "id", "amount", CAST(("amount") AS numeric(12,2)) AS "strata_converted" FROM "core"."price";
DROP TRIGGER "zz_strata_sync_price_amount_update" ON "core"."price";
DROP TRIGGER "zz_strata_sync_price_amount" ON "core"."price";
DROP FUNCTION "core"."zz_strata_sync_price_amount" ();
ALTER TABLE "core"."price" DROP COLUMN "amount";
ALTER TABLE "core"."price" RENAME COLUMN "strata_new_amount" TO "amount";
ALTER TABLE "core"."price" ALTER COLUMN "amount" SET NOT NULL;
ALTER TABLE "core"."price" DROP CONSTRAINT IF EXISTS "price_strata_new_amount_nn";

COMMIT;
