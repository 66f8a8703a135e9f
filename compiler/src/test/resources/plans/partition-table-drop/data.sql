INSERT INTO core.measurement (city_id, logdate) VALUES (1, '2025-03-01'), (2, '2024-07-14');
