-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: drop function core.hide_film()
CREATE FUNCTION "core"."hide_film" ()
    RETURNS trigger
    LANGUAGE "plpgsql"
    AS $$
    begin
      update core.film set deleted = true where id = old.id;
      return old;
    end
  $$;

-- undo step 1: drop view core.current_film
CREATE VIEW "core"."current_film" ("id", "title") AS
select id, title from core.film where not deleted;
CREATE TRIGGER "current_film_delete" INSTEAD OF DELETE ON "core"."current_film" FOR EACH ROW EXECUTE FUNCTION "core"."hide_film" ();

COMMIT;
