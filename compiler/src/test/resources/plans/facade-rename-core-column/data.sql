insert into core.customer (email, full_name) values ('a@x', 'Ann');
