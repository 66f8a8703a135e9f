-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 6: add primary key core.visit_pkey
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_pkey";

-- undo step 5: add key index core.visit_pkey
DROP INDEX CONCURRENTLY IF EXISTS "core"."visit_pkey";

-- undo step 4: drop not null check core.visit_id_strata_nn
-- nothing to undo for 'core.visit.visit_id_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 3: set not null core.visit.id
ALTER TABLE "core"."visit" ALTER COLUMN "id" DROP NOT NULL;

-- undo step 2: validate not null check core.visit_id_strata_nn
-- nothing to undo for 'core.visit.visit_id_strata_nn': the way back drops it with the reverse of the step that added it

BEGIN;

-- undo step 1: add not null check core.visit_id_strata_nn
ALTER TABLE "core"."visit" DROP CONSTRAINT IF EXISTS "visit_id_strata_nn";

COMMIT;
