-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop trigger core.current_film.current_film_delete
CREATE TRIGGER "current_film_delete" INSTEAD OF DELETE ON "core"."current_film" FOR EACH ROW EXECUTE FUNCTION "core"."hide_film" ();

COMMIT;
