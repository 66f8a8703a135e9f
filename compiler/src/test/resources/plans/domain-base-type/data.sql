insert into core.thing values (1, 'abc');
