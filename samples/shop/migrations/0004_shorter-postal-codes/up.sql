-- Strata plan 0004_shorter-postal-codes: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: change column type core.address.postal_code (lock: ACCESS EXCLUSIVE)
-- backup of core.address into strata_backup.0004_shorter-postal-codes_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0004_shorter-postal-codes_1";
CREATE TABLE "strata_backup"."0004_shorter-postal-codes_1" AS SELECT "id", "postal_code", CAST((left(postal_code, 16)) AS character varying(16)) AS "strata_converted" FROM "core"."address";
ALTER TABLE "core"."address" ALTER COLUMN "postal_code" TYPE character varying(16) USING (left(postal_code, 16));

COMMIT;
