-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum core.purchase_status (lock: NONE)
CREATE TYPE "core"."purchase_status" AS ENUM ('placed', 'paid', 'shipped');

-- step 2: expand column type core.purchase.status (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ADD COLUMN "strata_new_status" "core"."purchase_status";
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_strata_new_status_nn" CHECK ("strata_new_status" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_purchase_status" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_status" := (SELECT ("status"::text::"core"."purchase_status") FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_purchase_status" BEFORE INSERT ON "core"."purchase" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_purchase_status" ();
CREATE TRIGGER "zz_strata_sync_purchase_status_update" BEFORE UPDATE ON "core"."purchase" FOR EACH ROW WHEN (NEW."strata_new_status" IS NOT DISTINCT FROM OLD."strata_new_status") EXECUTE FUNCTION "core"."zz_strata_sync_purchase_status" ();
ALTER TABLE "core"."purchase" ENABLE ALWAYS TRIGGER "zz_strata_sync_purchase_status";
ALTER TABLE "core"."purchase" ENABLE ALWAYS TRIGGER "zz_strata_sync_purchase_status_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: backfill column core.purchase.status (lock: ROW EXCLUSIVE)
UPDATE "core"."purchase" SET "strata_new_status" = ("status"::text::"core"."purchase_status") WHERE "strata_new_status" IS NULL;

-- step 4: validate not null check core.purchase_strata_new_status_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."purchase" VALIDATE CONSTRAINT "purchase_strata_new_status_nn";

BEGIN;

-- step 5: change column type core.purchase.status (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_purchase_status_update" ON "core"."purchase";
DROP TRIGGER "zz_strata_sync_purchase_status" ON "core"."purchase";
DROP FUNCTION "core"."zz_strata_sync_purchase_status" ();
ALTER TABLE "core"."purchase" DROP COLUMN "status";
ALTER TABLE "core"."purchase" RENAME COLUMN "strata_new_status" TO "status";
ALTER TABLE "core"."purchase" ALTER COLUMN "status" SET NOT NULL;
ALTER TABLE "core"."purchase" DROP CONSTRAINT IF EXISTS "purchase_strata_new_status_nn";

-- step 6: set default core.purchase.status (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ALTER COLUMN "status" SET DEFAULT 'placed';

COMMIT;
