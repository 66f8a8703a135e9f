-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop exclusion constraint core.booking_during_excl (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_during_excl";

-- step 2: drop exclusion constraint core.booking_room_busy (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_room_busy";

-- step 3: drop exclusion constraint core.shift_hours_id_excl (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."shift" DROP CONSTRAINT "shift_hours_id_excl";

-- step 4: add exclusion constraint core.booking_room_busy (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_room_busy" EXCLUDE USING "gist" ((int4range(room, room, '[]')) WITH &&, "during" WITH &&) WHERE (not cancelled);

COMMIT;
