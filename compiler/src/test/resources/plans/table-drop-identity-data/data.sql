insert into core.customer (email, name) values ('a@x', 'A'), ('b@x', null);
