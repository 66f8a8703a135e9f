-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: change table storage core.event
ALTER TABLE "core"."event" RESET ("autovacuum_vacuum_insert_threshold", "fillfactor"), SET ("autovacuum_vacuum_scale_factor" = '0.2', "fillfactor" = '90');

-- undo step 2: change table storage core.audit
ALTER TABLE "core"."audit" SET ("autovacuum_enabled" = 'false');

-- undo step 1: add table core.counter
-- keep what the way back removes: core.counter into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "value" FROM "core"."counter";
DROP TABLE "core"."counter";

COMMIT;
