insert into core.tag values ('a', 'A'), ('b', 'B');
