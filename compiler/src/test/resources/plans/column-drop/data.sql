insert into core.customer (email, name, phone) values ('a@x', 'A', '123'), ('b@x', 'B', null);
