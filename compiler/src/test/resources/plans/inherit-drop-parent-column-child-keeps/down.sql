-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.cities.country
ALTER TABLE "core"."cities" ADD COLUMN "country" text;
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."cities"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."cities"', names[i]);
    END LOOP;
    UPDATE ONLY "core"."cities" AS "target" SET "country" = "backup"."country" FROM "strata_backup"."0002_change_1" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."cities"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

COMMIT;
