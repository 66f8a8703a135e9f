insert into core.customer (email, full_name, nickname) values ('a@x', 'Ann', 'A');
