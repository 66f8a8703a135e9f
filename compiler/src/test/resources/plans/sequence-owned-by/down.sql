-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: set sequence owner core.t_ids
ALTER SEQUENCE "core"."t_ids" OWNED BY NONE;

-- undo step 1: add sequence core.t_ids
-- keep what the way back removes: core.t_ids into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "last_value", "is_called" FROM "core"."t_ids";
DROP SEQUENCE "core"."t_ids";

COMMIT;
