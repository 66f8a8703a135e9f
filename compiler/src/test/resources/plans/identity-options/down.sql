-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 9: add identity core.ticket.seat
ALTER TABLE "core"."ticket" ALTER COLUMN "seat" DROP IDENTITY;

COMMIT;

-- undo step 8: drop not null check core.ticket_seat_strata_nn
-- nothing to undo for 'core.ticket.ticket_seat_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 7: set not null core.ticket.seat
ALTER TABLE "core"."ticket" ALTER COLUMN "seat" DROP NOT NULL;

-- undo step 6: validate not null check core.ticket_seat_strata_nn
-- nothing to undo for 'core.ticket.ticket_seat_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 5: backfill column core.ticket.seat
-- nothing to undo for 'core.ticket.seat': the way back of the step that added the column drops it

BEGIN;

-- undo step 4: change identity options core.ticket.id
ALTER TABLE "core"."ticket" ALTER COLUMN "id" SET START WITH 1000 SET INCREMENT BY 10 SET NO MINVALUE SET NO MAXVALUE SET CACHE 1 SET NO CYCLE;

-- undo step 3: change identity options core.ticket.code
ALTER TABLE "core"."ticket" ALTER COLUMN "code" SET START WITH 1 SET INCREMENT BY 1 SET NO MINVALUE SET NO MAXVALUE SET CACHE 1 SET NO CYCLE;

-- undo step 2: add column core.ticket.seat
DROP TRIGGER IF EXISTS "zz_strata_fill_ticket_seat" ON "core"."ticket";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_ticket_seat" ();
ALTER TABLE "core"."ticket" DROP COLUMN "seat";

-- undo step 1: add table core.countdown
-- keep what the way back removes: core.countdown into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id" FROM "core"."countdown";
DROP TABLE "core"."countdown";

COMMIT;
