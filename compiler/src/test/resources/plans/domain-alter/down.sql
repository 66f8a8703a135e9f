-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: alter domain core.code
ALTER DOMAIN "core"."code" DROP CONSTRAINT "code_check";
ALTER DOMAIN "core"."code" DROP DEFAULT;
ALTER DOMAIN "core"."code" DROP NOT NULL;
ALTER DOMAIN "core"."code" ADD CONSTRAINT "code_check" CHECK (value <> '');

COMMIT;
