-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 3: add index core.item_by_total
DROP INDEX CONCURRENTLY "core"."item_by_total";

BEGIN;

-- undo step 2: drop generation expression core.item.total
-- keep what the way back removes: core.item into strata_backup.0002_change_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2_r";
CREATE TABLE "strata_backup"."0002_change_2_r" AS SELECT "id", "total" FROM "core"."item";
ALTER TABLE "core"."item" DROP COLUMN "total";
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED;

-- undo step 1: drop index core.item_by_total
CREATE INDEX "item_by_total" ON "core"."item" ("total");

COMMIT;
