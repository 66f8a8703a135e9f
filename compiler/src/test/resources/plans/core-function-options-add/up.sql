-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter function options core.customer_count() (lock: NONE)
ALTER FUNCTION "core"."customer_count"() COST 5 PARALLEL SAFE RESET ALL SET "work_mem" TO '8MB' SET "search_path" TO 'core', 'pg_temp';

-- step 2: alter function options core.customer_ids() (lock: NONE)
ALTER FUNCTION "core"."customer_ids"() ROWS 20;

-- step 3: add procedure core.forget(bigint) (lock: NONE)
CREATE PROCEDURE "core"."forget" ("customer_id" bigint)
    LANGUAGE "plpgsql"
    SET "lock_timeout" FROM CURRENT
    AS $$
    begin
      delete from core.customer where id = customer_id;
    end
  $$;

-- step 4: add function core.same_email(text,text) (lock: NONE)
CREATE FUNCTION "core"."same_email" ("a" text, "b" text)
    RETURNS boolean
    LANGUAGE "sql" IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    AS $$ select lower(a) = lower(b) $$;

COMMIT;
