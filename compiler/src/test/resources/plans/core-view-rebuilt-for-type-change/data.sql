insert into core.customer values (1, 'a@x', 'ann');
