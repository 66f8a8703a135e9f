INSERT INTO core.cities (id, name, country) VALUES (1, 'Lyon', 'FR'), (2, 'Porto', 'PT');
INSERT INTO core.capitals (id, name, country, state) VALUES (1, 'Lisbon', 'PT', 'LX'), (3, 'Paris', 'FR', 'IDF');
