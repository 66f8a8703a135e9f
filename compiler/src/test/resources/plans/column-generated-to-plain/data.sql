insert into core.item values (1, 2.50, 4), (2, 1.25, 2);
