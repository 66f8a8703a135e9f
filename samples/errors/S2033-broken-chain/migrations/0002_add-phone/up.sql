-- Strata plan 0002_add-phone: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.customer.phone (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "phone" text;
-- if a rollback kept rows in strata_backup.0002_add-phone_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;
