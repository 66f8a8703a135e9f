-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop foreign key core.member_team_id_fkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" DROP CONSTRAINT "member_team_id_fkey";

-- step 2: drop check core.member_age_check (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" DROP CONSTRAINT "member_age_check";

-- step 3: drop table core.member (lock: ACCESS EXCLUSIVE)
-- backup of core.member into strata_backup.0002_change_3
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3";
CREATE TABLE "strata_backup"."0002_change_3" AS SELECT "id", "team_id", "age" FROM "core"."member";
DROP TABLE "core"."member";

COMMIT;
