-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop trigger core.current_film.current_film_delete (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "current_film_delete" ON "core"."current_film";

COMMIT;
