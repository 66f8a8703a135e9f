-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.price.amount (lock: ACCESS EXCLUSIVE)
-- backup of core.price into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "amount", CAST(("amount") AS numeric(12,2)) AS "strata_converted" FROM "core"."price";
ALTER TABLE "core"."price" ALTER COLUMN "amount" TYPE numeric(12,2);

COMMIT;
