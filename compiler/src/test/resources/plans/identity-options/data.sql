INSERT INTO core.ticket (label) VALUES ('first'), ('second');
