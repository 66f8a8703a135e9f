-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 3: drop index core.customer_by_email
CREATE INDEX CONCURRENTLY IF NOT EXISTS "customer_by_email" ON "core"."customer" ("email");

BEGIN;

-- undo step 2: drop column core.customer.name
ALTER TABLE "core"."customer" ADD COLUMN "name" text;
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."customer"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."customer"', names[i]);
    END LOOP;
    UPDATE "core"."customer" AS "target" SET "name" = "backup"."name" FROM "strata_backup"."0002_change_2" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."customer"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

-- undo step 1: drop index core.customer_by_name
CREATE INDEX "customer_by_name" ON "core"."customer" ("name");

COMMIT;
