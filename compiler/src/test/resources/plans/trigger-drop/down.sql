-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop trigger core.page.page_touch
CREATE TRIGGER "page_touch" BEFORE UPDATE ON "core"."page" FOR EACH ROW EXECUTE FUNCTION "core"."touch" ();

COMMIT;
