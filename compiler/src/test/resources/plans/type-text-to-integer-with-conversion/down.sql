-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 3: change column type core.reading.value
DELETE FROM "strata_backup"."0002_change_3" AS "backup" USING "core"."reading" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."value" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."reading" ALTER COLUMN "value" TYPE text USING (value::text);
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."reading"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."reading"', names[i]);
    END LOOP;
    UPDATE "core"."reading" AS "target" SET "value" = "backup"."value" FROM "strata_backup"."0002_change_3" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."reading"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

COMMIT;

-- undo step 2: backfill column core.reading.value
-- nothing to undo for 'core.reading.value': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 1: expand column type core.reading.value
DROP TRIGGER IF EXISTS "zz_strata_sync_reading_value_update" ON "core"."reading";
DROP TRIGGER IF EXISTS "zz_strata_sync_reading_value" ON "core"."reading";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_reading_value" ();
ALTER TABLE "core"."reading" DROP COLUMN IF EXISTS "strata_new_value";

COMMIT;
