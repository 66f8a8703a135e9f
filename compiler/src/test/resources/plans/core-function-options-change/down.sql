-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 3: alter function options core.same_email(text,text)
ALTER FUNCTION "core"."same_email"(text, text) PARALLEL SAFE LEAKPROOF;

-- undo step 2: alter procedure options core.forget(bigint)
ALTER PROCEDURE "core"."forget"(bigint) RESET ALL SET "lock_timeout" TO '2s';

-- undo step 1: alter function options core.customer_count()
ALTER FUNCTION "core"."customer_count"() COST 5 PARALLEL SAFE RESET ALL SET "work_mem" TO '8MB' SET "search_path" TO 'core', 'pg_temp';

COMMIT;
