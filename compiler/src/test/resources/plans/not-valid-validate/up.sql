-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop check core.member_age_small (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" DROP CONSTRAINT "member_age_small";

-- step 2: add check core.member_age_small (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" ADD CONSTRAINT "member_age_small" CHECK (age < 200) NOT VALID;

-- step 3: validate check core.member_age_check (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."member" VALIDATE CONSTRAINT "member_age_check";

-- step 4: validate foreign key core.member_team_id_fkey (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."member" VALIDATE CONSTRAINT "member_team_id_fkey";

COMMIT;
