INSERT INTO core.measurement (city_id, logdate, peak_temp) VALUES (1, '2025-03-01', 12), (2, '2025-07-14', 31);
