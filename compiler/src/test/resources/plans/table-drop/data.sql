insert into core.note values (1, 'one'), (2, 'two');
