-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- undo step 3: validate foreign key core.member_team_id_fkey
-- nothing to undo for 'core.member.member_team_id_fkey': the reverse of the step that added it NOT VALID drops it

BEGIN;

-- undo step 2: add foreign key core.member_team_id_fkey
ALTER TABLE "core"."member" DROP CONSTRAINT "member_team_id_fkey";

-- undo step 1: drop foreign key core.member_team_id_fkey
ALTER TABLE "core"."member" ADD CONSTRAINT "member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."team" ("id");

COMMIT;
