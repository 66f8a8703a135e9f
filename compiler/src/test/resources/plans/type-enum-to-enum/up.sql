-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add enum core.fulfilment (lock: NONE)
CREATE TYPE "core"."fulfilment" AS ENUM ('new', 'paid', 'sent', 'returned');

-- step 2: expand column type core.purchase.state (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ADD COLUMN "strata_new_state" "core"."fulfilment";
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_strata_new_state_nn" CHECK ("strata_new_state" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_purchase_state" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_state" := (SELECT ("state"::text::"core"."fulfilment") FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_purchase_state" BEFORE INSERT ON "core"."purchase" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_purchase_state" ();
CREATE TRIGGER "zz_strata_sync_purchase_state_update" BEFORE UPDATE ON "core"."purchase" FOR EACH ROW WHEN (NEW."strata_new_state" IS NOT DISTINCT FROM OLD."strata_new_state") EXECUTE FUNCTION "core"."zz_strata_sync_purchase_state" ();
ALTER TABLE "core"."purchase" ENABLE ALWAYS TRIGGER "zz_strata_sync_purchase_state";
ALTER TABLE "core"."purchase" ENABLE ALWAYS TRIGGER "zz_strata_sync_purchase_state_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: backfill column core.purchase.state (lock: ROW EXCLUSIVE)
UPDATE "core"."purchase" SET "strata_new_state" = ("state"::text::"core"."fulfilment") WHERE "strata_new_state" IS NULL;

-- step 4: validate not null check core.purchase_strata_new_state_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."purchase" VALIDATE CONSTRAINT "purchase_strata_new_state_nn";

BEGIN;

-- step 5: change column type core.purchase.state (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_purchase_state_update" ON "core"."purchase";
DROP TRIGGER "zz_strata_sync_purchase_state" ON "core"."purchase";
DROP FUNCTION "core"."zz_strata_sync_purchase_state" ();
ALTER TABLE "core"."purchase" DROP COLUMN "state";
ALTER TABLE "core"."purchase" RENAME COLUMN "strata_new_state" TO "state";
ALTER TABLE "core"."purchase" ALTER COLUMN "state" SET NOT NULL;
ALTER TABLE "core"."purchase" DROP CONSTRAINT IF EXISTS "purchase_strata_new_state_nn";

COMMIT;
