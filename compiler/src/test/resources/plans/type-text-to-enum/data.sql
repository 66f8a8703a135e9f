insert into core.purchase values (1, 'placed'), (2, 'shipped'), (3, 'paid');
