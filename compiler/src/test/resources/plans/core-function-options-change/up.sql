-- Strata plan 0002_change: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: alter function options core.customer_count() (lock: NONE)
ALTER FUNCTION "core"."customer_count"() COST 100 PARALLEL RESTRICTED RESET ALL SET "work_mem" TO '16MB';

-- step 2: alter procedure options core.forget(bigint) (lock: NONE)
ALTER PROCEDURE "core"."forget"(bigint) RESET ALL SET "lock_timeout" TO '5s' SET "statement_timeout" TO '10000';

-- step 3: alter function options core.same_email(text,text) (lock: NONE)
ALTER FUNCTION "core"."same_email"(text, text) PARALLEL UNSAFE NOT LEAKPROOF;

COMMIT;
