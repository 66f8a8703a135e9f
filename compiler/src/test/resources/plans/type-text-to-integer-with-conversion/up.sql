-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.reading.value (lock: ACCESS EXCLUSIVE)
-- backup of core.reading into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "value", CAST((value::integer) AS integer) AS "strata_converted" FROM "core"."reading";
ALTER TABLE "core"."reading" ALTER COLUMN "value" TYPE integer USING (value::integer);

COMMIT;
