INSERT INTO core.customer (email, name) VALUES ('a@example.com', 'A'), ('b@example.com', NULL), ('c@example.com', 'C');
