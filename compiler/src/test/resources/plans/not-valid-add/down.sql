-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 5: add foreign key core.visit_member
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_member";

-- undo step 4: add foreign key core.member_team_id_fkey
ALTER TABLE "core"."member" DROP CONSTRAINT "member_team_id_fkey";

-- undo step 3: add check core.visit_minutes_check
ALTER TABLE "core"."visit" DROP CONSTRAINT "visit_minutes_check";

-- undo step 2: add check core.member_age_check
ALTER TABLE "core"."member" DROP CONSTRAINT "member_age_check";

-- undo step 1: add table core.visit
-- keep what the way back removes: core.visit into strata_backup.0002_change_1_r
CREATE SCHEMA IF NOT EXISTS "strata_backup";
DROP TABLE IF EXISTS "strata_backup"."0002_change_1_r";
CREATE TABLE "strata_backup"."0002_change_1_r" AS SELECT "id", "member_id", "minutes" FROM "core"."visit";
DROP TABLE "core"."visit";

COMMIT;
