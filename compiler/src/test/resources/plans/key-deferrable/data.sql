INSERT INTO core.seat (id, code, seat_row, seat_pos) VALUES (1, 'A1', 1, 1), (2, 'A2', 1, 2);
