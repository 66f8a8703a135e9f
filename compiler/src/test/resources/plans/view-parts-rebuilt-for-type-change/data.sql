insert into core.customer values (1, 'ada'), (2, 'grace');
