INSERT INTO core.ticket (id, seats) VALUES (1, 2), (2, 4), (3, 1);
