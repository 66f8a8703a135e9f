insert into core.purchase values (1, 'new'), (2, 'sent');
