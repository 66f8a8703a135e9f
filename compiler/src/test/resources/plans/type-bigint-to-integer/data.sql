insert into core.counter values (1, 5), (2, null);
