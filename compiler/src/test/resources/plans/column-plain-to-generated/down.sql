-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 4: add index core.item_by_total
DROP INDEX CONCURRENTLY "core"."item_by_total";

BEGIN;

-- undo step 3: add column core.item.total
ALTER TABLE "core"."item" DROP COLUMN "total";

-- undo step 2: drop column core.item.total
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2);
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."item"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."item"', names[i]);
    END LOOP;
    UPDATE "core"."item" AS "target" SET "total" = "backup"."total" FROM "strata_backup"."0002_change_2" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."item"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

-- undo step 1: drop index core.item_by_total
CREATE INDEX "item_by_total" ON "core"."item" ("total");

COMMIT;
