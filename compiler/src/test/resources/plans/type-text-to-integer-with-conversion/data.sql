insert into core.reading values (1, '10'), (2, '007');
