-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop table core.item (lock: ACCESS EXCLUSIVE)
-- backup of core.item into strata_backup.0002_change_1
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1";
CREATE TABLE "strata_backup"."0002_change_1" AS SELECT "id", "label" FROM "core"."item";
DROP TABLE "core"."item";

-- step 2: drop sequence core.item_id_seq (lock: NONE)
DROP SEQUENCE IF EXISTS "core"."item_id_seq";

COMMIT;
