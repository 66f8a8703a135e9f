INSERT INTO core.customer (id, name, email) VALUES (1, 'Ann', 'ann@example.com'), (2, 'Bob', NULL);
