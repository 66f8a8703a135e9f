-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add trigger core.page.page_touch
DROP TRIGGER "page_touch" ON "core"."page";

-- undo step 1: add function core.touch()
DROP FUNCTION "core"."touch"();

COMMIT;
