-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add function core.hide_film() (lock: NONE)
CREATE FUNCTION "core"."hide_film" ()
    RETURNS trigger
    LANGUAGE "plpgsql"
    AS $$
    begin
      update core.film set deleted = true where id = old.id;
      return old;
    end
  $$;

-- step 2: add trigger core.current_film.current_film_delete (lock: SHARE ROW EXCLUSIVE)
CREATE TRIGGER "current_film_delete" INSTEAD OF DELETE ON "core"."current_film" FOR EACH ROW EXECUTE FUNCTION "core"."hide_film" ();

COMMIT;
