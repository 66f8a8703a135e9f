-- Strata plan 0005_api-v3-retire-v1: the way back
-- Roll back with `strata rollback`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- undo step 14: grant shop_api_v3 USAGE to shop_app
REVOKE USAGE ON SCHEMA "shop_api_v3" FROM "shop_app";

-- undo step 13: add view shop_api_v3.products
DROP VIEW "shop_api_v3"."products";

-- undo step 12: add function shop_api_v3.place_order(bigint,jsonb)
DROP FUNCTION "shop_api_v3"."place_order"(bigint, jsonb);

-- undo step 11: add view shop_api_v3.orders
DROP VIEW "shop_api_v3"."orders";

-- undo step 10: add view shop_api_v3.order_notes
DROP VIEW "shop_api_v3"."order_notes";

-- undo step 9: add view shop_api_v3.customers
DROP VIEW "shop_api_v3"."customers";

-- undo step 8: add function shop_api_v3.customer_orders(bigint)
DROP FUNCTION "shop_api_v3"."customer_orders"(bigint);

-- undo step 7: add procedure shop_api_v3.cancel_order(bigint)
DROP PROCEDURE "shop_api_v3"."cancel_order"(bigint);

-- undo step 6: add facade version shop_api_v3
DROP SCHEMA "shop_api_v3";

-- undo step 5: retire facade version shop_api_v1
CREATE SCHEMA "shop_api_v1";
GRANT USAGE ON SCHEMA "shop_api_v1" TO "shop_app";

-- undo step 4: drop view shop_api_v1.products
CREATE VIEW "shop_api_v1"."products" ("id", "sku", "name", "price") AS
select id, sku, name, price from core.product where active;
GRANT SELECT ON TABLE "shop_api_v1"."products" TO "shop_app";

-- undo step 3: drop function shop_api_v1.place_order(bigint,numeric)
CREATE FUNCTION "shop_api_v1"."place_order" ("customer_id" bigint, "total" numeric)
    RETURNS bigint
    LANGUAGE "sql"
    AS $$
    insert into core.purchase (customer_id, total) values (place_order.customer_id, place_order.total) returning id
  $$;
REVOKE ALL ON FUNCTION "shop_api_v1"."place_order"(bigint, numeric) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "shop_api_v1"."place_order"(bigint, numeric) TO "shop_app";

-- undo step 2: drop view shop_api_v1.orders
CREATE VIEW "shop_api_v1"."orders" ("id", "customer_id", "status", "total") AS
select id, customer_id, status::text, total from core.purchase;
GRANT SELECT ON TABLE "shop_api_v1"."orders" TO "shop_app";

-- undo step 1: drop view shop_api_v1.customers
CREATE VIEW "shop_api_v1"."customers" ("id", "email", "name") AS
select id, email, display_name from core.customer;
GRANT SELECT ON TABLE "shop_api_v1"."customers" TO "shop_app";

COMMIT;
