-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: replace view core.current_film
DROP VIEW "core"."current_film";

-- undo step 1: replace view core.current_film
CREATE VIEW "core"."current_film" ("id", "title") AS
select id, title from core.film where not deleted;
CREATE TRIGGER "current_film_delete" INSTEAD OF DELETE ON "core"."current_film" FOR EACH ROW EXECUTE FUNCTION "core"."hide_film" ();

COMMIT;
