-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter sequence core.film_number (lock: NONE)
ALTER SEQUENCE "core"."film_number" AS bigint INCREMENT BY 10 NO MINVALUE NO MAXVALUE START WITH 100 CACHE 1 NO CYCLE;

-- step 2: set comment core.current_film.current_film_delete (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON TRIGGER "current_film_delete" ON "core"."current_film" IS NULL;

-- step 3: set comment core.film_number (lock: SHARE UPDATE EXCLUSIVE)
COMMENT ON SEQUENCE "core"."film_number" IS 'Film numbers, ten apart';

COMMIT;
