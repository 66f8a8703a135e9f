-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: drop sequence core.room_number
CREATE SEQUENCE "core"."room_number" AS bigint NO CYCLE;
COMMENT ON SEQUENCE "core"."room_number" IS 'Room numbers';

-- undo step 4: drop table core.room
CREATE TABLE "core"."room" (
    "id" bigint DEFAULT nextval('core.room_number') NOT NULL,
    "guest_id" bigint,
    "code" text NOT NULL,
    "floor" integer NOT NULL,
    "during" tstzrange,
    "updated_at" timestamp with time zone,
    CONSTRAINT "room_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "room_code_key" UNIQUE ("code"),
    CONSTRAINT "room_check" CHECK (floor >= 0),
    CONSTRAINT "room_during_excl" EXCLUDE USING "gist" ("during" WITH &&)
);
COMMENT ON CONSTRAINT "room_pkey" ON "core"."room" IS 'Room id';
COMMENT ON CONSTRAINT "room_code_key" ON "core"."room" IS 'Codes are unique';
COMMENT ON CONSTRAINT "room_check" ON "core"."room" IS 'No basements';
COMMENT ON CONSTRAINT "room_during_excl" ON "core"."room" IS 'One stay at a time';
INSERT INTO "core"."room" ("id", "guest_id", "code", "floor", "during", "updated_at") SELECT "backup"."id", "backup"."guest_id", "backup"."code", "backup"."floor", "backup"."during", "backup"."updated_at" FROM "strata_backup"."0002_change_4" AS "backup";
ALTER SEQUENCE "core"."room_number" OWNED BY "core"."room"."id";
SELECT pg_catalog.setval('"core"."room_number"', max("id")) FROM "core"."room" HAVING max("id") IS NOT NULL;

-- undo step 3: drop check core.room_floor_low
ALTER TABLE "core"."room" ADD CONSTRAINT "room_floor_low" CHECK (floor < 100) NOT VALID;
COMMENT ON CONSTRAINT "room_floor_low" ON "core"."room" IS 'Checked on new rows only';

-- undo step 2: drop foreign key core.room_guest_id_fkey
ALTER TABLE "core"."room" ADD CONSTRAINT "room_guest_id_fkey" FOREIGN KEY ("guest_id") REFERENCES "core"."guest";
COMMENT ON CONSTRAINT "room_guest_id_fkey" ON "core"."room" IS 'The guest staying';

-- undo step 1: drop trigger core.room.room_touch
CREATE TRIGGER "room_touch" BEFORE UPDATE ON "core"."room" FOR EACH ROW EXECUTE FUNCTION "core"."touch" ();
COMMENT ON TRIGGER "room_touch" ON "core"."room" IS 'Keeps updated_at';

COMMIT;
