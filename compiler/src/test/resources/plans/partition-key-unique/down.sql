-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add foreign key core.visit_city_id_fkey
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_city_id_fkey";

-- undo step 1: add primary key core.city_pkey
ALTER TABLE "core"."city" DROP CONSTRAINT "city_pkey";

COMMIT;
