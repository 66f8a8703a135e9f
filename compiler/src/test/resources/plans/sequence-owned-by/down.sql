-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: set sequence owner core.t_ids
ALTER SEQUENCE "core"."t_ids" OWNED BY NONE;

-- undo step 1: add sequence core.t_ids
DROP SEQUENCE "core"."t_ids";

COMMIT;
