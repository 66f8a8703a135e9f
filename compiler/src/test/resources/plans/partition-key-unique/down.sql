-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction: PostgreSQL cannot run these in one.

-- undo step 3: validate foreign key core.visit_city_id_fkey
-- nothing to undo for 'core.visit.visit_city_id_fkey': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 2: add foreign key core.visit_city_id_fkey
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_city_id_fkey";

-- undo step 1: add primary key core.city_pkey
ALTER TABLE "core"."city" DROP CONSTRAINT "city_pkey";

COMMIT;
