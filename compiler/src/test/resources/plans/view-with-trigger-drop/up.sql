-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop view core.current_film (lock: ACCESS EXCLUSIVE)
DROP VIEW "core"."current_film";

-- step 2: drop function core.hide_film() (lock: NONE)
DROP FUNCTION "core"."hide_film"();

COMMIT;
