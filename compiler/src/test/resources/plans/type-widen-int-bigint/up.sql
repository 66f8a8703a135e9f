-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.counter.hits (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ADD COLUMN "strata_new_hits" bigint;
ALTER TABLE "core"."counter" ADD CONSTRAINT "counter_strata_new_hits_nn" CHECK ("strata_new_hits" IS NOT NULL) NOT VALID;
CREATE FUNCTION "core"."zz_strata_sync_counter_hits" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_hits" := (SELECT (CAST("hits" AS bigint)) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_counter_hits" BEFORE INSERT ON "core"."counter" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_counter_hits" ();
CREATE TRIGGER "zz_strata_sync_counter_hits_update" BEFORE UPDATE ON "core"."counter" FOR EACH ROW WHEN (NEW."strata_new_hits" IS NOT DISTINCT FROM OLD."strata_new_hits") EXECUTE FUNCTION "core"."zz_strata_sync_counter_hits" ();
ALTER TABLE "core"."counter" ENABLE ALWAYS TRIGGER "zz_strata_sync_counter_hits";
ALTER TABLE "core"."counter" ENABLE ALWAYS TRIGGER "zz_strata_sync_counter_hits_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.counter.hits (lock: ROW EXCLUSIVE)
UPDATE "core"."counter" SET "strata_new_hits" = (CAST("hits" AS bigint)) WHERE "strata_new_hits" IS NULL;

-- step 3: validate not null check core.counter_strata_new_hits_nn (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."counter" VALIDATE CONSTRAINT "counter_strata_new_hits_nn";

BEGIN;

-- step 4: change column type core.counter.hits (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_counter_hits_update" ON "core"."counter";
DROP TRIGGER "zz_strata_sync_counter_hits" ON "core"."counter";
DROP FUNCTION "core"."zz_strata_sync_counter_hits" ();
ALTER TABLE "core"."counter" DROP COLUMN "hits";
ALTER TABLE "core"."counter" RENAME COLUMN "strata_new_hits" TO "hits";
ALTER TABLE "core"."counter" ALTER COLUMN "hits" SET NOT NULL;
ALTER TABLE "core"."counter" DROP CONSTRAINT IF EXISTS "counter_strata_new_hits_nn";

-- step 5: set default core.counter.hits (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ALTER COLUMN "hits" SET DEFAULT 0;

COMMIT;
