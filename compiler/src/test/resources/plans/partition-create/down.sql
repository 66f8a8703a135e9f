-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 11: add index core.measurement_peak_temp_idx
DROP INDEX "core"."measurement_peak_temp_idx";

-- undo step 10: add partition core.reading_1
-- keep what the way back removes: core.reading_1 into strata_backup.0002_change_10_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_10_r";
CREATE TABLE "strata_backup"."0002_change_10_r" AS SELECT "sensor_id", "value" FROM "core"."reading_1";
DROP TABLE "core"."reading_1";

-- undo step 9: add partition core.reading_0
-- keep what the way back removes: core.reading_0 into strata_backup.0002_change_9_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_9_r";
CREATE TABLE "strata_backup"."0002_change_9_r" AS SELECT "sensor_id", "value" FROM "core"."reading_0";
DROP TABLE "core"."reading_0";

-- undo step 8: add table core.reading
DROP TABLE "core"."reading";

-- undo step 7: add partition core.measurement_y2026
-- keep what the way back removes: core.measurement_y2026 into strata_backup.0002_change_7_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_7_r";
CREATE TABLE "strata_backup"."0002_change_7_r" AS SELECT "city_id", "logdate", "peak_temp" FROM "core"."measurement_y2026";
DROP TABLE "core"."measurement_y2026";

-- undo step 6: add partition core.measurement_y2025
-- keep what the way back removes: core.measurement_y2025 into strata_backup.0002_change_6_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_6_r";
CREATE TABLE "strata_backup"."0002_change_6_r" AS SELECT "city_id", "logdate", "peak_temp" FROM "core"."measurement_y2025";
DROP TABLE "core"."measurement_y2025";

-- undo step 5: add partition core.measurement_other
-- keep what the way back removes: core.measurement_other into strata_backup.0002_change_5_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_5_r";
CREATE TABLE "strata_backup"."0002_change_5_r" AS SELECT "city_id", "logdate", "peak_temp" FROM "core"."measurement_other";
DROP TABLE "core"."measurement_other";

-- undo step 4: add table core.measurement
DROP TABLE "core"."measurement";

-- undo step 3: add partition core.city_event_rest
-- keep what the way back removes: core.city_event_rest into strata_backup.0002_change_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3_r";
CREATE TABLE "strata_backup"."0002_change_3_r" AS SELECT "id", "kind" FROM "core"."city_event_rest";
DROP TABLE "core"."city_event_rest";

-- undo step 2: add partition core.city_event_fair
-- keep what the way back removes: core.city_event_fair into strata_backup.0002_change_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2_r";
CREATE TABLE "strata_backup"."0002_change_2_r" AS SELECT "id", "kind" FROM "core"."city_event_fair";
DROP TABLE "core"."city_event_fair";

-- undo step 1: add table core.city_event
DROP TABLE "core"."city_event";

COMMIT;
