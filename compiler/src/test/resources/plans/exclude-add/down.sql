-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: add exclusion constraint core.booking_room_busy
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_room_busy";

-- undo step 2: add exclusion constraint core.booking_during_excl
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_during_excl";

-- undo step 1: add table core.shift
-- keep what the way back removes: core.shift into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "hours" FROM "core"."shift";
DROP TABLE "core"."shift";

COMMIT;
