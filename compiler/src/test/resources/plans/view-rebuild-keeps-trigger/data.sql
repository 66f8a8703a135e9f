insert into core.film values (1, 'Academy Dinosaur', false), (2, 'Ace Goldfinger', true);
