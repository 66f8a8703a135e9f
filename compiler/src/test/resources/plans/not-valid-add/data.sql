INSERT INTO core.team (id) VALUES (1);
INSERT INTO core.member (id, team_id, age) VALUES (1, 1, 30), (2, 99, -1);
