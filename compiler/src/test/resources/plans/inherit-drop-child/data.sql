INSERT INTO core.cities (id, name) VALUES (1, 'Lyon'), (2, 'Porto');
INSERT INTO core.capitals (id, name, state) VALUES (1, 'Paris', 'IDF'), (3, 'Lisbon', 'LX');
