INSERT INTO core.customer (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', NULL);
