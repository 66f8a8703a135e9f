-- Strata plan 0002_change: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 1: replace function shop_api_v1.customer_email(bigint)
CREATE OR REPLACE FUNCTION "shop_api_v1"."customer_email" ("customer_id" bigint)
    RETURNS text
    LANGUAGE "sql" STABLE
    AS $$
    select email from core.customer where id = customer_id
  $$;
COMMENT ON FUNCTION "shop_api_v1"."customer_email"(bigint) IS NULL;

COMMIT;
