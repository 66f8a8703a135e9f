-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.counter.hits (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."counter" ADD COLUMN "strata_new_hits" integer;
CREATE FUNCTION "core"."zz_strata_sync_counter_hits" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_hits" := (SELECT (CAST("hits" AS integer)) FROM (SELECT NEW.*) AS "strata_row");
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
UPDATE "core"."counter" SET "strata_new_hits" = (CAST("hits" AS integer)) WHERE "strata_new_hits" IS NULL;

BEGIN;

-- step 3: change column type core.counter.hits (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "zz_strata_sync_counter_hits_update" ON "core"."counter";
DROP TRIGGER "zz_strata_sync_counter_hits" ON "core"."counter";
DROP FUNCTION "core"."zz_strata_sync_counter_hits" ();
ALTER TABLE "core"."counter" DROP COLUMN "hits";
ALTER TABLE "core"."counter" RENAME COLUMN "strata_new_hits" TO "hits";

COMMIT;
