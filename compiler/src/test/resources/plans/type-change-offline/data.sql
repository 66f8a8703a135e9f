INSERT INTO core.counter VALUES (1, 10, 'a'), (2, 2147483647, 'b');
