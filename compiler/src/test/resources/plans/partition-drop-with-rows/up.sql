-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop partition core.measurement_y2025 (lock: ACCESS EXCLUSIVE)
-- backup of core.measurement_y2025 into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "logdate", "peak_temp" FROM "core"."measurement_y2025";
ALTER TABLE "core"."measurement" DETACH PARTITION "core"."measurement_y2025";
DROP TABLE "core"."measurement_y2025";

COMMIT;
