INSERT INTO core.cities (id, name, country) VALUES (1, 'Lyon', 'FR'), (2, 'Porto', 'PT');
INSERT INTO core.capitals (id, name, country, state) VALUES (1, 'Paris', 'FR', 'IDF'), (3, 'Lisbon', 'PT', 'LX');
