INSERT INTO core.product (id, price, stock) VALUES (1, 9.5, 3), (2, 0, NULL), (3, NULL, 10);
