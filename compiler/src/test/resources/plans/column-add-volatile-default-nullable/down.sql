-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 2: backfill column core.visit.seen_at
-- nothing to undo for 'core.visit.seen_at': the way back of the step that added the column drops it

BEGIN;

-- undo step 1: add column core.visit.seen_at
-- keep what the way back removes: core.visit into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "seen_at" FROM "core"."visit";
ALTER TABLE "core"."visit" DROP COLUMN "seen_at";

COMMIT;
