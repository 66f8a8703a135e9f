-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add table core.shift (lock: NONE)
CREATE TABLE "core"."shift" (
    "id" integer NOT NULL,
    "hours" tstzrange NOT NULL,
    CONSTRAINT "shift_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "shift_hours_id_excl" EXCLUDE USING "gist" ("hours" WITH &&) INCLUDE ("id")
);
-- if a rollback kept rows in strata_backup.0002_change_1_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 2: add exclusion constraint core.booking_during_excl (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_during_excl" EXCLUDE USING "gist" ("during" WITH &&) WHERE (not cancelled);

-- step 3: add exclusion constraint core.booking_room_busy (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."booking" ADD CONSTRAINT "booking_room_busy" EXCLUDE USING "gist" ((int4range(room, room, '[]')) WITH &&, "during" WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMIT;
