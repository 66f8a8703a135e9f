-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add extension pg_trgm (lock: NONE)
CREATE EXTENSION "pg_trgm" WITH SCHEMA "core";

COMMIT;
