insert into core.counter values (1, 10);
