-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: expand column type core.reading.value (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."reading" ADD COLUMN "strata_new_value" integer;
CREATE FUNCTION "core"."zz_strata_sync_reading_value" () RETURNS trigger LANGUAGE plpgsql SET search_path TO "core", public AS $$
BEGIN
    NEW."strata_new_value" := (SELECT (value::integer) FROM (SELECT NEW.*) AS "strata_row");
    RETURN NEW;
END
$$;
CREATE TRIGGER "zz_strata_sync_reading_value" BEFORE INSERT ON "core"."reading" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_sync_reading_value" ();
CREATE TRIGGER "zz_strata_sync_reading_value_update" BEFORE UPDATE ON "core"."reading" FOR EACH ROW WHEN (NEW."strata_new_value" IS NOT DISTINCT FROM OLD."strata_new_value") EXECUTE FUNCTION "core"."zz_strata_sync_reading_value" ();
ALTER TABLE "core"."reading" ENABLE ALWAYS TRIGGER "zz_strata_sync_reading_value";
ALTER TABLE "core"."reading" ENABLE ALWAYS TRIGGER "zz_strata_sync_reading_value_update";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: backfill column core.reading.value (lock: ROW EXCLUSIVE)
UPDATE "core"."reading" SET "strata_new_value" = (value::integer) WHERE "strata_new_value" IS NULL;

BEGIN;

-- step 3: change column type core.reading.value (lock: ACCESS EXCLUSIVE)
-- backup of core.reading into strata_backup.0002_change_3
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3";
CREATE TABLE "strata_backup"."0002_change_3" AS SELECT "id", "value", CAST((value::integer) AS integer) AS "strata_converted" FROM "core"."reading";
DROP TRIGGER "zz_strata_sync_reading_value_update" ON "core"."reading";
DROP TRIGGER "zz_strata_sync_reading_value" ON "core"."reading";
DROP FUNCTION "core"."zz_strata_sync_reading_value" ();
ALTER TABLE "core"."reading" DROP COLUMN "value";
ALTER TABLE "core"."reading" RENAME COLUMN "strata_new_value" TO "value";

COMMIT;
