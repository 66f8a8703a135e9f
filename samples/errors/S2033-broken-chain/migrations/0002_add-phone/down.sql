-- Strata plan 0002_add-phone: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: add column core.customer.phone
ALTER TABLE "core"."customer" DROP COLUMN "phone";

COMMIT;
