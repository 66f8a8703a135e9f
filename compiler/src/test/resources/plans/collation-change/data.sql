INSERT INTO core.customer (id, email, name) VALUES (1, 'Ann@Example.com', 'Ann'), (2, 'bob@example.com', 'Bob');
