-- Runs after the last plan, in a transaction that is rolled back. search_path: core, public.
do $$
begin
  assert (select count(*) from shop_api_v3.customers) >= 2, 'the API lists the fixture customers';
  assert (select loyalty_points from shop_api_v3.customers where email = 'ada@example.org') = 120,
         'loyalty points come through the v3 view';
  assert (select full_name from shop_api_v2.customers where id = 1) = 'Ada Lovelace',
         'v2 still shows full_name after the rename';
end
$$;
