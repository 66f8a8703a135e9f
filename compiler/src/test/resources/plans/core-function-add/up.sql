-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add function core.customer_count() (lock: NONE)
CREATE FUNCTION "core"."customer_count" ()
    RETURNS bigint
    LANGUAGE "sql" STABLE
    AS $$ select count(*) from core.customer $$;

COMMIT;
