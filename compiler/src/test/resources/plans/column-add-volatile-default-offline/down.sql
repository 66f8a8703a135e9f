-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add column core.log_line.line_id
-- keep what the way back removes: core.log_line into strata_backup.0002_change_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_2_r";
CREATE TABLE "strata_backup"."0002_change_2_r" AS SELECT "message", "line_id" FROM "core"."log_line";
ALTER TABLE "core"."log_line" DROP COLUMN "line_id";

-- undo step 1: add column core.customer.token
-- keep what the way back removes: core.customer into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "token" FROM "core"."customer";
ALTER TABLE "core"."customer" DROP COLUMN "token";

COMMIT;
