INSERT INTO core.team (id) VALUES (1), (2);
INSERT INTO core.member (id, team_id, age) VALUES (1, 1, 30), (2, 2, 0), (3, NULL, NULL);
