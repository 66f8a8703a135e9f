INSERT INTO core.measurement (logdate, peak_temp) VALUES ('2025-03-01', 12), ('2025-07-14', 31), ('2026-01-02', -3);
