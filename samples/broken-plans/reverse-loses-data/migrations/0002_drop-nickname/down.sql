-- Strata plan 0002_drop-nickname: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop column core.customer.nickname
ALTER TABLE "core"."customer" ADD COLUMN "nickname" text;

COMMIT;
