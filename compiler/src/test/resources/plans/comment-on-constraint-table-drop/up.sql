-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop trigger core.room.room_touch (lock: ACCESS EXCLUSIVE)
DROP TRIGGER "room_touch" ON "core"."room";

-- step 2: drop foreign key core.room_guest_id_fkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."room" DROP CONSTRAINT "room_guest_id_fkey";

-- step 3: drop check core.room_floor_low (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."room" DROP CONSTRAINT "room_floor_low";

-- step 4: drop table core.room (lock: ACCESS EXCLUSIVE)
-- backup of core.room into strata_backup.0002_change_4
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_4";
CREATE TABLE "strata_backup"."0002_change_4" AS SELECT "id", "guest_id", "code", "floor", "during", "updated_at" FROM "core"."room";
DROP TABLE "core"."room";

-- step 5: drop sequence core.room_number (lock: NONE)
DROP SEQUENCE IF EXISTS "core"."room_number";

COMMIT;
