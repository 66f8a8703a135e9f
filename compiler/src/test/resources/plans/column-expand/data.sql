INSERT INTO core.purchase (total, note) VALUES (12, 'a'), (7, NULL), (0, 'c');
