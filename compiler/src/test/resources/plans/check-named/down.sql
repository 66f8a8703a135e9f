-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 2: validate check core.adult
-- nothing to undo for 'core.customer.adult': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 1: add check core.adult
ALTER TABLE "core"."customer" DROP CONSTRAINT "adult";

COMMIT;
