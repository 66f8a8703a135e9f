INSERT INTO core.document (id, owner) VALUES (1, 'alice');
