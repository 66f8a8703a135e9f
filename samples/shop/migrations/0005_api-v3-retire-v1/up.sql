-- Strata plan 0005_api-v3-retire-v1: forward
-- Apply with `strata apply`; this file is for reading and for emergencies (psql -f).

SET search_path TO "core", public;

BEGIN;

-- step 1: drop view shop_api_v1.customers (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."customers";

-- step 2: drop view shop_api_v1.orders (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."orders";

-- step 3: drop function shop_api_v1.place_order(bigint,numeric) (lock: NONE)
DROP FUNCTION "shop_api_v1"."place_order"(bigint, numeric);

-- step 4: drop view shop_api_v1.products (lock: ACCESS EXCLUSIVE)
DROP VIEW "shop_api_v1"."products";

-- step 5: retire facade version shop_api_v1 (lock: NONE)
DROP SCHEMA "shop_api_v1";

-- step 6: add facade version shop_api_v3 (lock: NONE)
CREATE SCHEMA "shop_api_v3";

-- step 7: add procedure shop_api_v3.cancel_order(bigint) (lock: NONE)
CREATE PROCEDURE "shop_api_v3"."cancel_order" ("order_id" bigint)
    LANGUAGE "sql"
    AS $$
    update core.purchase set status = 'cancelled' where id = order_id and status in ('placed', 'paid')
  $$;
REVOKE ALL ON PROCEDURE "shop_api_v3"."cancel_order"(bigint) FROM PUBLIC;
GRANT EXECUTE ON PROCEDURE "shop_api_v3"."cancel_order"(bigint) TO "shop_app";

-- step 8: add function shop_api_v3.customer_orders(bigint) (lock: NONE)
CREATE FUNCTION "shop_api_v3"."customer_orders" ("customer_id" bigint)
    RETURNS TABLE ("id" bigint, "status" "core"."order_status", "total" numeric(12,2))
    LANGUAGE "sql" STABLE
    AS $$
    select id, status, total from core.purchase where purchase.customer_id = customer_orders.customer_id order by id
  $$;
REVOKE ALL ON FUNCTION "shop_api_v3"."customer_orders"(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "shop_api_v3"."customer_orders"(bigint) TO "shop_app";

-- step 9: add view shop_api_v3.customers (lock: NONE)
CREATE VIEW "shop_api_v3"."customers" ("id", "email", "full_name", "phone", "created_at", "loyalty_points") AS
select c.id, c.email, c.display_name, c.phone, c.created_at, coalesce(l.points, 0)
      from core.customer c left join core.loyalty_account l on l.customer_id = c.id;
GRANT SELECT ON TABLE "shop_api_v3"."customers" TO "shop_app";

-- step 10: add view shop_api_v3.order_notes (lock: NONE)
CREATE VIEW "shop_api_v3"."order_notes" ("id", "note") AS
select id, note from core.purchase;
GRANT SELECT ON TABLE "shop_api_v3"."order_notes" TO "shop_app";
GRANT UPDATE ON TABLE "shop_api_v3"."order_notes" TO "shop_app";

-- step 11: add view shop_api_v3.orders (lock: NONE)
CREATE VIEW "shop_api_v3"."orders" ("id", "customer_id", "status", "total", "placed_at") AS
select id, customer_id, status, total, placed_at from core.purchase;
GRANT SELECT ON TABLE "shop_api_v3"."orders" TO "shop_app";

-- step 12: add function shop_api_v3.place_order(bigint,jsonb) (lock: NONE)
CREATE FUNCTION "shop_api_v3"."place_order" ("customer_id" bigint, "lines" jsonb)
    RETURNS bigint
    LANGUAGE "plpgsql" SECURITY DEFINER
    AS $$
    declare
      new_id bigint;
    begin
      insert into core.purchase (customer_id) values (place_order.customer_id) returning id into new_id;
      insert into core.purchase_line (purchase_id, line_no, product_id, quantity, unit_price)
        select new_id, row_number() over (), (l ->> 'product_id')::bigint, (l ->> 'quantity')::integer, p.price
          from jsonb_array_elements(lines) l join core.product p on p.id = (l ->> 'product_id')::bigint;
      update core.purchase
         set total = (select coalesce(sum(quantity * unit_price), 0) from core.purchase_line where purchase_id = new_id)
       where id = new_id;
      return new_id;
    end
  $$;
REVOKE ALL ON FUNCTION "shop_api_v3"."place_order"(bigint, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION "shop_api_v3"."place_order"(bigint, jsonb) TO "shop_app";

-- step 13: add view shop_api_v3.products (lock: NONE)
CREATE VIEW "shop_api_v3"."products" ("id", "sku", "name", "price", "category", "tags") AS
select p.id, p.sku, p.name, p.price, c.slug, p.tags
      from core.product p join core.category c on c.id = p.category_id
     where p.active;
GRANT SELECT ON TABLE "shop_api_v3"."products" TO "shop_app";

-- step 14: grant shop_api_v3 USAGE to shop_app (lock: NONE)
GRANT USAGE ON SCHEMA "shop_api_v3" TO "shop_app";

COMMIT;
