-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop index core.customer_by_name (lock: ACCESS EXCLUSIVE)
DROP INDEX "core"."customer_by_name";

-- step 2: drop column core.customer.name (lock: ACCESS EXCLUSIVE)
-- backup of core.customer into strata_backup.0002_change_2
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2";
CREATE TABLE "strata_backup"."0002_change_2" AS SELECT "id", "name" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "name";

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 3: drop index core.customer_by_email (lock: SHARE UPDATE EXCLUSIVE)
DROP INDEX CONCURRENTLY IF EXISTS "core"."customer_by_email";
