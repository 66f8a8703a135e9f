-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop index core.item_by_total (lock: ACCESS EXCLUSIVE)
DROP INDEX "core"."item_by_total";

-- step 2: drop column core.item.total (lock: ACCESS EXCLUSIVE)
-- backup of core.item into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "id", "total" FROM "core"."item";
ALTER TABLE "core"."item" DROP COLUMN "total";

-- step 3: add column core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" ADD COLUMN "total" numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 4: add index core.item_by_total (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "item_by_total" ON "core"."item" ("total");
