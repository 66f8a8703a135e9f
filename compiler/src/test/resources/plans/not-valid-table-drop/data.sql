INSERT INTO core.team (id) VALUES (1);
ALTER TABLE core.member DROP CONSTRAINT member_team_id_fkey, DROP CONSTRAINT member_age_check;
INSERT INTO core.member (id, team_id, age) VALUES (1, 1, 30), (2, 99, -1);
ALTER TABLE core.member ADD CONSTRAINT member_team_id_fkey FOREIGN KEY (team_id) REFERENCES core.team (id) NOT VALID,
    ADD CONSTRAINT member_age_check CHECK (age >= 0) NOT VALID;
