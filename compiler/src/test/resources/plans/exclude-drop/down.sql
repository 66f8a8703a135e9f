-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: add exclusion constraint core.booking_room_busy
ALTER TABLE "core"."booking" DROP CONSTRAINT "booking_room_busy";

-- undo step 3: drop exclusion constraint core.shift_hours_id_excl
ALTER TABLE "core"."shift" ADD CONSTRAINT "shift_hours_id_excl" EXCLUDE USING "gist" ("hours" WITH &&) INCLUDE ("id");

-- undo step 2: drop exclusion constraint core.booking_room_busy
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_room_busy" EXCLUDE USING "gist" ((int4range(room, room, '[]')) WITH &&, "during" WITH &&) DEFERRABLE INITIALLY DEFERRED;

-- undo step 1: drop exclusion constraint core.booking_during_excl
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_during_excl" EXCLUDE USING "gist" ("during" WITH &&) WHERE (not cancelled);

COMMIT;
