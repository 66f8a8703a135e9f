-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: replace function core.customer_count()
CREATE OR REPLACE FUNCTION "core"."customer_count" ()
    RETURNS bigint
    LANGUAGE "sql" STABLE
    AS $$ select count(*) from core.customer $$;
COMMENT ON FUNCTION "core"."customer_count"() IS NULL;

COMMIT;
