-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: add index core.capitals_state_idx
DROP INDEX "core"."capitals_state_idx";

-- undo step 4: add table core.tourist_capitals
-- keep what the way back removes: core.tourist_capitals into strata_backup.0002_change_4_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_4_r";
CREATE TABLE "strata_backup"."0002_change_4_r" AS SELECT "name", "population", "state", "landmark", "id", "visitors" FROM "core"."tourist_capitals";
DROP TABLE "core"."tourist_capitals";

-- undo step 3: add table core.landmarks
-- keep what the way back removes: core.landmarks into strata_backup.0002_change_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3_r";
CREATE TABLE "strata_backup"."0002_change_3_r" AS SELECT "landmark" FROM ONLY "core"."landmarks";
DROP TABLE "core"."landmarks";

-- undo step 2: add table core.capitals
-- keep what the way back removes: core.capitals into strata_backup.0002_change_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2_r";
CREATE TABLE "strata_backup"."0002_change_2_r" AS SELECT "id", "name", "population", "state" FROM ONLY "core"."capitals";
DROP TABLE "core"."capitals";

-- undo step 1: add table core.cities
-- keep what the way back removes: core.cities into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "name", "population" FROM ONLY "core"."cities";
DROP TABLE "core"."cities";

COMMIT;
