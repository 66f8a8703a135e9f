INSERT INTO core.customer VALUES (1, 'a@example.com'), (2, 'b@example.com');
INSERT INTO core.log_line VALUES ('one'), ('two');
