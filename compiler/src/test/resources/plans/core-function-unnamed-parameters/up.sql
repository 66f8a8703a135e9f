-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: add function core.clamp(integer,integer,integer) (lock: NONE)
CREATE FUNCTION "core"."clamp" (integer, "lo" integer DEFAULT 0, integer DEFAULT 100)
    RETURNS integer
    LANGUAGE "sql" IMMUTABLE
    AS $$ select greatest(lo, least($1, $3)) $$;

-- step 2: add function core.label_between(text,text) (lock: NONE)
CREATE FUNCTION "core"."label_between" (text, text)
    RETURNS SETOF bigint
    LANGUAGE "sql" STABLE
    AS $$
    select id from core.item where label between $1 and $2
  $$;

COMMIT;
