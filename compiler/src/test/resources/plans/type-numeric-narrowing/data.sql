insert into core.price values (1, 1.2345), (2, 10);
