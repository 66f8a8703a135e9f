-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: set comment core.email_count (lock: NONE)
COMMENT ON FUNCTION "core"."email_count"() IS 'How many addresses';

-- step 2: set comment core.emails (lock: NONE)
COMMENT ON VIEW "core"."emails" IS 'Every e-mail address';

COMMIT;
