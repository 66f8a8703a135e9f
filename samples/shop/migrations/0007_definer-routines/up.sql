-- Strata plan 0007_definer-routines: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: replace procedure shop_api_v2.cancel_order(bigint) (lock: NONE)
CREATE OR REPLACE PROCEDURE "shop_api_v2"."cancel_order" ("order_id" bigint)
    LANGUAGE "sql" SECURITY DEFINER
    AS $$ 
    update core.purchase set status = 'cancelled' where id = order_id and status in ('placed', 'paid')
  $$;
COMMENT ON PROCEDURE "shop_api_v2"."cancel_order"(bigint) IS NULL;

-- step 2: replace function shop_api_v2.customer_orders(bigint) (lock: NONE)
CREATE OR REPLACE FUNCTION "shop_api_v2"."customer_orders" ("customer_id" bigint)
    RETURNS TABLE ("id" bigint, "status" "core"."order_status", "total" numeric(12,2))
    LANGUAGE "sql" STABLE SECURITY DEFINER
    AS $$ 
    select id, status, total from core.purchase where purchase.customer_id = customer_orders.customer_id order by id
  $$;
COMMENT ON FUNCTION "shop_api_v2"."customer_orders"(bigint) IS NULL;

-- step 3: replace procedure shop_api_v3.cancel_order(bigint) (lock: NONE)
CREATE OR REPLACE PROCEDURE "shop_api_v3"."cancel_order" ("order_id" bigint)
    LANGUAGE "sql" SECURITY DEFINER
    AS $$ 
    update core.purchase set status = 'cancelled' where id = order_id and status in ('placed', 'paid')
  $$;
COMMENT ON PROCEDURE "shop_api_v3"."cancel_order"(bigint) IS NULL;

-- step 4: replace function shop_api_v3.customer_orders(bigint) (lock: NONE)
CREATE OR REPLACE FUNCTION "shop_api_v3"."customer_orders" ("customer_id" bigint)
    RETURNS TABLE ("id" bigint, "status" "core"."order_status", "total" numeric(12,2))
    LANGUAGE "sql" STABLE SECURITY DEFINER
    AS $$ 
    select id, status, total from core.purchase where purchase.customer_id = customer_orders.customer_id order by id
  $$;
COMMENT ON FUNCTION "shop_api_v3"."customer_orders"(bigint) IS NULL;

COMMIT;
