INSERT INTO core.visit (id, at) VALUES (1, '2026-01-01 10:00+00'), (2, NULL);
