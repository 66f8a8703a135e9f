INSERT INTO core.purchase (total, note) VALUES (12, 'a'), (7, NULL);
INSERT INTO core.purchase (total_cents, note) VALUES (1500, 'b');
