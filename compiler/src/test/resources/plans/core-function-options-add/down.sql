-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 4: add function core.same_email(text,text)
DROP FUNCTION "core"."same_email"(text, text);

-- undo step 3: add procedure core.forget(bigint)
DROP PROCEDURE "core"."forget"(bigint);

-- undo step 2: alter function options core.customer_ids()
ALTER FUNCTION "core"."customer_ids"() ROWS 1000;

-- undo step 1: alter function options core.customer_count()
ALTER FUNCTION "core"."customer_count"() COST 100 PARALLEL UNSAFE RESET ALL;

COMMIT;
