INSERT INTO core.event (id, kind) VALUES (1, 'fair'), (2, 'concert');
