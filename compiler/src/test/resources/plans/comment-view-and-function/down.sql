-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: set comment core.emails
COMMENT ON VIEW "core"."emails" IS NULL;

-- undo step 1: set comment core.email_count
COMMENT ON FUNCTION "core"."email_count"() IS NULL;

COMMIT;
