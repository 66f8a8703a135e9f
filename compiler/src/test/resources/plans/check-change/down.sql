-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 3: validate check core.customer_age_check
-- nothing to undo for 'core.customer.customer_age_check': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 2: add check core.customer_age_check
ALTER TABLE "core"."customer" DROP CONSTRAINT "customer_age_check";

-- undo step 1: drop check core.customer_age_check
ALTER TABLE "core"."customer" ADD CONSTRAINT "customer_age_check" CHECK (age >= 0);

COMMIT;
