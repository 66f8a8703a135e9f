INSERT INTO core.visit (id, page) VALUES (1, '/'), (2, '/about'), (3, '/cart');
