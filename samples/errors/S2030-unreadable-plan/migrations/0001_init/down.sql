-- Strata plan 0001_init: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 2: add table core.customer
DROP TABLE "core"."customer";

-- undo step 1: create schema core
DROP SCHEMA "core";

COMMIT;
