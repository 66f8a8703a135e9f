-- Strata plan 0004_shorter-postal-codes: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: change column type core.address.postal_code
DELETE FROM "strata_backup"."0004_shorter-postal-codes_1" AS "backup" USING "core"."address" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."postal_code" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."address" ALTER COLUMN "postal_code" TYPE text USING (postal_code::text);
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."address"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."address"', names[i]);
    END LOOP;
    UPDATE "core"."address" AS "target" SET "postal_code" = "backup"."postal_code" FROM "strata_backup"."0004_shorter-postal-codes_1" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."address"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

COMMIT;
