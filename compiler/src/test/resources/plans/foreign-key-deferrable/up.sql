-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add foreign key core.member_team_id_fkey (lock: SHARE ROW EXCLUSIVE)
ALTER TABLE "core"."member" ADD CONSTRAINT "member_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "core"."team" DEFERRABLE INITIALLY DEFERRED NOT VALID;

COMMIT;

-- Outside the transaction, one step at a time, each committed on its own: PostgreSQL runs some only outside a transaction block; the others take their locks briefly so.

-- step 2: validate foreign key core.member_team_id_fkey (lock: SHARE UPDATE EXCLUSIVE)
ALTER TABLE "core"."member" VALIDATE CONSTRAINT "member_team_id_fkey";
