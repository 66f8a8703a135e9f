insert into core.rental values (1, 'drama', 2.99), (2, 'drama', 0.99), (3, 'comedy', 4.99);
