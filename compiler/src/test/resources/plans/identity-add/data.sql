insert into core.ticket values (5, 'five');
