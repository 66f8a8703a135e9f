-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace view core.current_film (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."current_film";

-- step 2: replace view core.current_film (lock: NONE)
CREATE VIEW "core"."current_film" ("id", "title", "hidden") AS
select id, title, deleted from core.film where not deleted;
CREATE TRIGGER "current_film_delete" INSTEAD OF DELETE ON "core"."current_film" FOR EACH ROW EXECUTE FUNCTION "core"."hide_film" ();

COMMIT;
