-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter domain core.code (lock: NONE)
ALTER DOMAIN "core"."code" DROP CONSTRAINT "code_check";
ALTER DOMAIN "core"."code" SET DEFAULT 'x';
ALTER DOMAIN "core"."code" SET NOT NULL;
ALTER DOMAIN "core"."code" ADD CONSTRAINT "code_check" CHECK (length(value) < 10);

COMMIT;
