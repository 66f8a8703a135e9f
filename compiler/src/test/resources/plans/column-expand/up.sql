-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.purchase.total_cents (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ADD COLUMN "total_cents" bigint;
ALTER TABLE "core"."purchase" ADD CONSTRAINT "purchase_total_cents_strata_nn" CHECK ("total_cents" IS NOT NULL) NOT VALID;
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add function core.zz_strata_expand_purchase_total_cents() (lock: NONE)
CREATE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ()
    RETURNS trigger
    LANGUAGE "plpgsql" VOLATILE
    SET "search_path" TO 'core', 'public'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.total_cents IS NULL THEN
            NEW.total_cents := (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row);
        ELSIF NEW.total_cents IS DISTINCT FROM (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.total := (SELECT ((total_cents / 100)::integer) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSIF NEW.total_cents IS DISTINCT FROM OLD.total_cents THEN
        IF NEW.total_cents IS DISTINCT FROM (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.total := (SELECT ((total_cents / 100)::integer) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSE
        NEW.total_cents := (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row);
    END IF;
    RETURN NEW;
END
$$;

-- step 3: add trigger core.purchase.zz_strata_expand_purchase_total_cents (lock: SHARE ROW EXCLUSIVE)
CREATE TRIGGER "zz_strata_expand_purchase_total_cents" BEFORE INSERT ON "core"."purchase" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ();

-- step 4: add trigger core.purchase.zz_strata_expand_purchase_total_cents_update (lock: SHARE ROW EXCLUSIVE)
CREATE TRIGGER "zz_strata_expand_purchase_total_cents_update" BEFORE UPDATE ON "core"."purchase" FOR EACH ROW WHEN (NEW.total IS DISTINCT FROM OLD.total OR NEW.total_cents IS DISTINCT FROM OLD.total_cents OR NEW.total_cents IS NULL) EXECUTE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ();

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 5: backfill column core.purchase.total_cents (lock: ROW EXCLUSIVE)
UPDATE "core"."purchase" SET "total_cents" = (total::bigint * 100) WHERE "total_cents" IS NULL;

-- step 6: validate not null check core.purchase_total_cents_strata_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."purchase" VALIDATE CONSTRAINT "purchase_total_cents_strata_nn";

-- step 7: set not null core.purchase.total_cents (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" ALTER COLUMN "total_cents" SET NOT NULL;

-- step 8: drop not null check core.purchase_total_cents_strata_nn (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."purchase" DROP CONSTRAINT IF EXISTS "purchase_total_cents_strata_nn";
