-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.cities.country (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."cities" ADD COLUMN "country" text DEFAULT 'unknown';
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;
