insert into core.person values (1, 'abc');
