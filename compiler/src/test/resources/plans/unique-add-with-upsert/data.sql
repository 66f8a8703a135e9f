INSERT INTO core.member (id, email) VALUES (1, 'ann@example.com'), (2, NULL);
