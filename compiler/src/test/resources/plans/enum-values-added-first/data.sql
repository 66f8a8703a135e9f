insert into core.alert values (1, 'high');
