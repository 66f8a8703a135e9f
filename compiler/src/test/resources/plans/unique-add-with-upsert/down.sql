-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add function core.join_member(integer,text)
DROP FUNCTION "core"."join_member"(integer, text);

-- undo step 1: add unique constraint core.member_email_key
ALTER TABLE "core"."member" DROP CONSTRAINT "member_email_key";

COMMIT;
