-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: validate foreign key core.member_team_id_fkey
ALTER TABLE "core"."member" DROP CONSTRAINT "member_team_id_fkey";
ALTER TABLE "core"."member" ADD CONSTRAINT "member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."team" ("id") NOT VALID;

-- undo step 3: validate check core.member_age_check
ALTER TABLE "core"."member" DROP CONSTRAINT "member_age_check";
ALTER TABLE "core"."member" ADD CONSTRAINT "member_age_check" CHECK (age >= 0) NOT VALID;

-- undo step 2: add check core.member_age_small
ALTER TABLE "core"."member" DROP CONSTRAINT "member_age_small";

-- undo step 1: drop check core.member_age_small
ALTER TABLE "core"."member" ADD CONSTRAINT "member_age_small" CHECK (age < 200);

COMMIT;
