-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add procedure core.purge(bigint) (lock: NONE)
CREATE PROCEDURE "core"."purge" ("keep" bigint)
    LANGUAGE "sql"
    AS $$ delete from core.customer where id > keep $$;

COMMIT;
