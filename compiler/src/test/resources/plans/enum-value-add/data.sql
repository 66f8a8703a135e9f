insert into core.task values (1, 'open'), (2, 'done');
