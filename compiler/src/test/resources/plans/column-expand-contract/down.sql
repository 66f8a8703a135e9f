-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: drop column core.purchase.total
ALTER TABLE "core"."purchase" ADD COLUMN "total" integer;
DO $strata$
DECLARE
    names name[];
    states "char"[];
BEGIN
    SELECT array_agg(tgname ORDER BY tgname), array_agg(tgenabled ORDER BY tgname) INTO names, states
    FROM pg_catalog.pg_trigger WHERE tgrelid = '"core"."purchase"'::regclass AND NOT tgisinternal;
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s DISABLE TRIGGER %I', '"core"."purchase"', names[i]);
    END LOOP;
    UPDATE "core"."purchase" AS "target" SET "total" = "backup"."total" FROM "strata_backup"."0002_change_4" AS "backup" WHERE "target"."id" = "backup"."id";
    UPDATE "core"."purchase" SET "total" = ((total_cents / 100)::integer) WHERE "total_cents" IS DISTINCT FROM (total::bigint * 100);
    FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s %s TRIGGER %I', '"core"."purchase"', CASE states[i] WHEN 'D' THEN 'DISABLE' WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
    END LOOP;
END
$strata$;
ALTER TABLE "core"."purchase" ALTER COLUMN "total" SET NOT NULL;

-- undo step 3: drop function core.zz_strata_expand_purchase_total_cents()
CREATE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ()
    RETURNS trigger
    LANGUAGE "plpgsql" VOLATILE
    SET "search_path" TO 'core', 'public'
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.total_cents IS NULL THEN
            NEW.total_cents := (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row);
        ELSIF NEW.total_cents IS DISTINCT FROM (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.total := (SELECT ((total_cents / 100)::integer) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSIF NEW.total_cents IS DISTINCT FROM OLD.total_cents THEN
        IF NEW.total_cents IS DISTINCT FROM (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row) THEN
            NEW.total := (SELECT ((total_cents / 100)::integer) FROM (SELECT NEW.*) AS strata_row);
        END IF;
    ELSE
        NEW.total_cents := (SELECT (total::bigint * 100) FROM (SELECT NEW.*) AS strata_row);
    END IF;
    RETURN NEW;
END
$$;

-- undo step 2: drop trigger core.purchase.zz_strata_expand_purchase_total_cents_update
CREATE TRIGGER "zz_strata_expand_purchase_total_cents_update" BEFORE UPDATE ON "core"."purchase" FOR EACH ROW WHEN (NEW.total IS DISTINCT FROM OLD.total OR NEW.total_cents IS DISTINCT FROM OLD.total_cents OR NEW.total_cents IS NULL) EXECUTE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ();

-- undo step 1: drop trigger core.purchase.zz_strata_expand_purchase_total_cents
CREATE TRIGGER "zz_strata_expand_purchase_total_cents" BEFORE INSERT ON "core"."purchase" FOR EACH ROW EXECUTE FUNCTION "core"."zz_strata_expand_purchase_total_cents" ();

COMMIT;
