INSERT INTO core.customer (id) VALUES (1), (2);
INSERT INTO core.purchase (id, customer_id, gift_for) VALUES (1, 1, NULL), (2, 2, 1), (3, NULL, NULL);
