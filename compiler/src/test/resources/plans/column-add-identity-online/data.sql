INSERT INTO core.event (code, note) VALUES ('a', 'first'), ('b', NULL), ('c', 'third');
