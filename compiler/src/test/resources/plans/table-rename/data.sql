insert into core.customer (email) values ('a@x');
