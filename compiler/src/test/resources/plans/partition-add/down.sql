-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add index core.measurement_peak_temp_idx
DROP INDEX "core"."measurement_peak_temp_idx";

-- undo step 1: add partition core.measurement_y2026
-- keep what the way back removes: core.measurement_y2026 into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "city_id", "logdate", "peak_temp" FROM "core"."measurement_y2026";
DROP TABLE "core"."measurement_y2026";

COMMIT;
