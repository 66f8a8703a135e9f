-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 7: add unique constraint core.seat_place
ALTER TABLE "core"."seat" DROP CONSTRAINT "seat_place";

-- undo step 6: add key index core.seat_place
DROP INDEX CONCURRENTLY IF EXISTS "core"."seat_place";

BEGIN;

-- undo step 5: add primary key core.seat_pkey
ALTER TABLE "core"."seat" DROP CONSTRAINT "seat_pkey";

-- undo step 4: add unique constraint core.seat_code_key
ALTER TABLE "core"."seat" DROP CONSTRAINT "seat_code_key";

-- undo step 3: add table core.ticket
-- keep what the way back removes: core.ticket into strata_backup.0002_change_3_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_3_r";
CREATE TABLE "strata_backup"."0002_change_3_r" AS SELECT "id", "number" FROM "core"."ticket";
DROP TABLE "core"."ticket";

-- undo step 2: drop primary key core.seat_pkey
ALTER TABLE "core"."seat" ADD CONSTRAINT "seat_pkey" PRIMARY KEY ("id");

-- undo step 1: drop unique constraint core.seat_code_key
ALTER TABLE "core"."seat" ADD CONSTRAINT "seat_code_key" UNIQUE ("code");

COMMIT;
