-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop table core.account (lock: ACCESS EXCLUSIVE)
-- backup of core.account into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "email" FROM "core"."account";
DROP TABLE "core"."account";

COMMIT;
