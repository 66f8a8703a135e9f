-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add sequence core.invoice_no (lock: NONE)
CREATE SEQUENCE "core"."invoice_no" AS bigint INCREMENT BY 5 START WITH 1000 CACHE 10 NO CYCLE;
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;
