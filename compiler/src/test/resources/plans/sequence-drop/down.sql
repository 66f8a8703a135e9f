-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop sequence core.invoice_no
CREATE SEQUENCE "core"."invoice_no" AS bigint START WITH 1000 NO CYCLE;
SELECT pg_catalog.setval('"core"."invoice_no"', "last_value", "is_called") FROM "strata_backup"."0002_change_1";

COMMIT;
