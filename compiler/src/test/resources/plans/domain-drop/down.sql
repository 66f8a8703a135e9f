-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: drop domain core.positive
CREATE DOMAIN "core"."positive" AS integer CONSTRAINT "positive_check" CHECK (value > 0);

COMMIT;
