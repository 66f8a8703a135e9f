-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add trigger core.current_film.current_film_delete
DROP TRIGGER "current_film_delete" ON "core"."current_film";

-- undo step 1: add function core.hide_film()
DROP FUNCTION "core"."hide_film"();

COMMIT;
