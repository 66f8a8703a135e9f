-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: set comment core.film_number
COMMENT ON SEQUENCE "core"."film_number" IS 'Film numbers';

-- undo step 2: set comment core.current_film.current_film_delete
COMMENT ON TRIGGER "current_film_delete" ON "core"."current_film" IS 'Hides it';

-- undo step 1: alter sequence core.film_number
ALTER SEQUENCE "core"."film_number" AS bigint INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 100 CACHE 1 NO CYCLE;

COMMIT;
