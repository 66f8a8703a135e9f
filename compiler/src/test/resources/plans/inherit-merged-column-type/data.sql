INSERT INTO core.cities (id, name, country) VALUES (1, 'Lyon', 'France'), (2, 'Porto', 'Portugal');
INSERT INTO core.capitals (id, name, country, state) VALUES (1, 'Lisbon', 'Portugal', 'LX'), (3, 'Paris', 'France', 'IDF');
