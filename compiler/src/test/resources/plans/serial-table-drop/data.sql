INSERT INTO core.item (label) VALUES ('a'), ('b'), ('c');
