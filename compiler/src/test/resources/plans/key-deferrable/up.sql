-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop unique constraint core.seat_code_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."seat" DROP CONSTRAINT "seat_code_key";

-- step 2: drop primary key core.seat_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."seat" DROP CONSTRAINT "seat_pkey";

-- step 3: add table core.ticket (lock: NONE)
CREATE TABLE "core"."ticket" (
    "id" integer NOT NULL,
    "number" integer NOT NULL,
    CONSTRAINT "ticket_pkey" PRIMARY KEY ("id") DEFERRABLE,
    CONSTRAINT "ticket_number_key" UNIQUE ("number") DEFERRABLE INITIALLY DEFERRED
);
-- if a rollback kept rows in strata_backup.0002_change_3_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

-- step 4: add unique constraint core.seat_code_key (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."seat" ADD CONSTRAINT "seat_code_key" UNIQUE ("code") DEFERRABLE;

-- step 5: add primary key core.seat_pkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."seat" ADD CONSTRAINT "seat_pkey" PRIMARY KEY ("id") DEFERRABLE INITIALLY DEFERRED;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 6: add key index core.seat_place (lock: SHARE UPDATE EXCLUSIVE)
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "seat_place" ON "core"."seat" ("seat_row", "seat_pos");

-- step 7: add unique constraint core.seat_place (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."seat" ADD CONSTRAINT "seat_place" UNIQUE USING INDEX "seat_place" DEFERRABLE INITIALLY DEFERRED;
