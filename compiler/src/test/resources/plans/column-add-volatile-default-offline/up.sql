-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add column core.customer.token (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."customer" ADD COLUMN "token" uuid DEFAULT gen_random_uuid() NOT NULL;
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add column core.log_line.line_id (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."log_line" ADD COLUMN "line_id" uuid DEFAULT gen_random_uuid() NOT NULL;

COMMIT;
