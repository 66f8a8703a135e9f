INSERT INTO core.region (code, zone) VALUES ('a', 'x');
INSERT INTO core.shop (id, region_code, region_zone, stock) VALUES (1, 'a', 'x', 5), (2, NULL, NULL, 1);
