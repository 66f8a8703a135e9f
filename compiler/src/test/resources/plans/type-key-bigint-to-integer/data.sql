insert into core.pool values (1, 'a'), (2147483647, 'b');
