insert into core.word values (1, 'x');
