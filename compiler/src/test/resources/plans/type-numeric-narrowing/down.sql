-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 4: change column type core.price.amount
DELETE FROM "strata_backup"."0002_change_4" AS "backup" USING "core"."price" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."amount" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."price" ALTER COLUMN "amount" TYPE numeric(12,4);
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."price"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."price"', names[i]);
    END LOOP;
    UPDATE "core"."price" AS "target" SET "amount" = "backup"."amount" FROM "strata_backup"."0002_change_4" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."price"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

COMMIT;

-- undo step 3: validate not null check core.price_strata_new_amount_nn
-- nothing to undo for 'core.price.price_strata_new_amount_nn': the way back of the expand step drops it

-- undo step 2: backfill column core.price.amount
-- nothing to undo for 'core.price.amount': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 1: expand column type core.price.amount
DROP TRIGGER IF EXISTS "zz_strata_sync_price_amount_update" ON "core"."price";
DROP TRIGGER IF EXISTS "zz_strata_sync_price_amount" ON "core"."price";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_price_amount" ();
ALTER TABLE "core"."price" DROP COLUMN IF EXISTS "strata_new_amount";

COMMIT;
