-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

BEGIN;

-- undo step 9: change column type core.ticket.seats
ALTER TABLE "core"."ticket" ALTER COLUMN "seats" TYPE integer;

COMMIT;

-- undo step 8: validate not null check core.ticket_strata_new_seats_nn
-- nothing to undo for 'core.ticket.ticket_strata_new_seats_nn': the way back of the expand step drops it

-- undo step 7: drop not null check core.ticket_code_strata_nn
-- nothing to undo for 'core.ticket.ticket_code_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 6: set not null core.ticket.code
ALTER TABLE "core"."ticket" ALTER COLUMN "code" DROP NOT NULL;

-- undo step 5: validate not null check core.ticket_code_strata_nn
-- nothing to undo for 'core.ticket.ticket_code_strata_nn': the way back drops it with the reverse of the step that added it

-- undo step 4: backfill column core.ticket.seats
-- nothing to undo for 'core.ticket.seats': the way back of the expand step drops the column it filled

-- undo step 3: backfill column core.ticket.code
-- nothing to undo for 'core.ticket.code': the way back of the step that added the column drops it

BEGIN;

-- undo step 2: expand column type core.ticket.seats
DROP TRIGGER IF EXISTS "zz_strata_sync_ticket_seats_update" ON "core"."ticket";
DROP TRIGGER IF EXISTS "zz_strata_sync_ticket_seats" ON "core"."ticket";
DROP FUNCTION IF EXISTS "core"."zz_strata_sync_ticket_seats" ();
ALTER TABLE "core"."ticket" DROP COLUMN IF EXISTS "strata_new_seats";

-- undo step 1: add column core.ticket.code
-- keep what the way back removes: core.ticket into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "code" FROM "core"."ticket";
DROP TRIGGER IF EXISTS "zz_strata_fill_ticket_code" ON "core"."ticket";
DROP FUNCTION IF EXISTS "core"."zz_strata_fill_ticket_code" ();
ALTER TABLE "core"."ticket" DROP COLUMN "code";

COMMIT;
