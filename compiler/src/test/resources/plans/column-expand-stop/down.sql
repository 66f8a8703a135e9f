-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

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
