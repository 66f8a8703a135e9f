-- Strata plan 0001_init: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add table core.note
-- keep what the way back removes: core.note into strata_backup.0001_init_2_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0001_init_2_r";
CREATE TABLE "strata_backup"."0001_init_2_r" AS SELECT "id", "body" FROM "core"."note";
DROP TABLE "core"."note";

-- undo step 1: create schema core
DROP SCHEMA "core";

COMMIT;
