-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop table core.capitals (lock: ACCESS EXCLUSIVE)
-- backup of core.capitals into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "name", "state" FROM "core"."capitals";
DROP TABLE "core"."capitals";

-- step 2: drop table core.cities (lock: ACCESS EXCLUSIVE)
-- backup of core.cities into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "id", "name" FROM ONLY "core"."cities";
DROP TABLE "core"."cities";

COMMIT;
