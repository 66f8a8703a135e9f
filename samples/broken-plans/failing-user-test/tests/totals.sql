-- passes: Alan's one order
do $$ begin assert api_v1.customer_total(2) = 12.00, 'Alan spent 12.00'; end $$;

-- fails: Ada has two orders, 17.40 + 3.20 = 20.60, and the test expects only the first
do $$
begin
  assert api_v1.customer_total(1) = 17.40, 'Ada spent 17.40';
end
$$;
