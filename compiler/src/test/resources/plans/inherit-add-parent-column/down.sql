-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: add column core.cities.country
-- keep what the way back removes: core.cities into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT CAST(tableoid AS regclass)::text AS "strata_table", "id", "country" FROM "core"."cities";
ALTER TABLE "core"."cities" DROP COLUMN "country";

COMMIT;
