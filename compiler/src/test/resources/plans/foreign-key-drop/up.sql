-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop foreign key core.member_team_id_fkey (lock: ACCESS EXCLUSIVE)
ALTER TABLE "core"."member" DROP CONSTRAINT "member_team_id_fkey";

COMMIT;
