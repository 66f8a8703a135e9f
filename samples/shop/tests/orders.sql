-- place_order computes the total from the product prices; cancel_order cancels an open order.
do $$
declare
  new_id bigint;
begin
  new_id := shop_api_v3.place_order(2, '[{"product_id": 1, "quantity": 2}, {"product_id": 3, "quantity": 1}]');
  assert (select total from shop_api_v3.orders o where o.id = new_id) = 27.00,
         'order total is 2 x 7.50 + 12.00';
end
$$;

call shop_api_v3.cancel_order(2);

do $$
begin
  assert (select status from shop_api_v3.orders where id = 2) = 'cancelled', 'order 2 is cancelled';
  assert (select count(*) from shop_api_v3.customer_orders(1)) = (select count(*) from purchase where customer_id = 1),
         'customer_orders lists all of Ada''s orders';
end
$$;
