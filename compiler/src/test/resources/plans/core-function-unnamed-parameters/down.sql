-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add function core.label_between(text,text)
DROP FUNCTION "core"."label_between"(text, text);

-- undo step 1: add function core.clamp(integer,integer,integer)
DROP FUNCTION "core"."clamp"(integer, integer, integer);

COMMIT;
