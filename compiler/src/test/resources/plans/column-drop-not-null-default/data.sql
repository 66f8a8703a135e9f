insert into core.customer (email, score) values ('a@x', 7), ('b@x', 9);
