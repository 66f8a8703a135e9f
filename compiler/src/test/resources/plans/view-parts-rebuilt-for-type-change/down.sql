-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 7: rebuild view core.name_lengths
DROP MATERIALIZED VIEW "core"."name_lengths";

-- undo step 6: rebuild view core.customer_names
DROP VIEW "core"."customer_names";

-- undo step 5: change column type core.customer.name
DELETE FROM "strata_backup"."0002_change_5" AS "backup" USING "core"."customer" AS "target" WHERE "target"."id" = "backup"."id" AND "target"."name" IS DISTINCT FROM "backup"."strata_converted";
ALTER TABLE "core"."customer" ALTER COLUMN "name" TYPE character varying(20);
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
    UPDATE "core"."customer" AS "target" SET "name" = "backup"."name" FROM "strata_backup"."0002_change_5" AS "backup" WHERE "target"."id" = "backup"."id";
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."customer"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;

-- undo step 4: rebuild view core.name_lengths
CREATE MATERIALIZED VIEW "core"."name_lengths" ("id", "length") AS
select id, length(name) from core.customer
WITH DATA;
CREATE UNIQUE INDEX "name_lengths_id_idx" ON "core"."name_lengths" ("id");

-- undo step 3: rebuild view core.customer_names
CREATE VIEW "core"."customer_names" ("id", "name") AS
select id, name::text from core.customer;
CREATE TRIGGER "customer_names_delete" INSTEAD OF DELETE ON "core"."customer_names" FOR EACH ROW EXECUTE FUNCTION "core"."forget_customer" ();

COMMIT;

-- undo step 2: backfill column core.customer.name
-- nothing to undo for 'core.customer.name': the way back of the expand step drops the column it filled

BEGIN;

-- undo step 1: expand column type core.customer.name
DROP TRIGGER IF EXISTS "zz_strata_sync_customer_name_update" ON "core"."customer";
DROP TRIGGER IF EXISTS "zz_strata_sync_customer_name" ON "core"."customer";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_customer_name" ();
ALTER TABLE "core"."customer" DROP COLUMN IF EXISTS "strata_new_name";

COMMIT;
