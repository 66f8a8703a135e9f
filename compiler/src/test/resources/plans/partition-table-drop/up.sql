-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop partition core.measurement_other (lock: ACCESS EXCLUSIVE)
-- backup of core.measurement_other into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "city_id", "logdate" FROM "core"."measurement_other";
ALTER TABLE "core"."measurement" DETACH PARTITION "core"."measurement_other";
DROP TABLE "core"."measurement_other";

-- step 2: drop partition core.measurement_y2025 (lock: ACCESS EXCLUSIVE)
-- backup of core.measurement_y2025 into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "city_id", "logdate" FROM "core"."measurement_y2025";
ALTER TABLE "core"."measurement" DETACH PARTITION "core"."measurement_y2025";
DROP TABLE "core"."measurement_y2025";

-- step 3: drop table core.measurement (lock: ACCESS EXCLUSIVE)
DROP TABLE "core"."measurement";

COMMIT;
