-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop index core.item_by_total (lock: ACCESS EXCLUSIVE)
DROP INDEX "core"."item_by_total";

-- step 2: drop generation expression core.item.total (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."item" ALTER COLUMN "total" DROP EXPRESSION;
-- if a rollback kept rows in strata_backup.0002_change_2_r, the runtime puts them back here (reverseBackup.restoreSql in plan.json)

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: add index core.item_by_total (lock: SHARE UPDATE EXCLUSIVE)
CREATE INDEX CONCURRENTLY "item_by_total" ON "core"."item" ("total");
