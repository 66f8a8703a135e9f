-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add index core.log_by_time
DROP INDEX "core"."log_by_time";

-- undo step 1: add table core.log
DROP TABLE "core"."log";

COMMIT;
