package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Broken schemas and exactly what {@code strata check} prints for them (colour off): position, code, message, the
 * source line with its caret, hint and notes. Between them the cases cover every semantic check code.
 */
class CheckMessagesTest {

    private static final String FILE = "schema.strata";

    record Case(String name, String source, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
            new Case("duplicate table", """
                core {
                  table customer {
                    id bigint primary key
                  }
                  table customer {
                    id bigint primary key
                  }
                }
                """,
                """
                schema.strata:5:3: error[S1001]: table 'customer' is declared twice
                    5 |   table customer {
                      |   ^^^^^^^^^^^^^^^^
                hint: tables, views, sequences and indexes share one namespace in the core schema; rename one
                note: schema.strata:2:3: the table 'customer' is declared here
                    2 |   table customer {
                      |   ^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("derived primary key name taken by a table", """
                core {
                  table customer {
                    id bigint primary key
                  }
                  table customer_pkey {
                    id bigint constraint customer_pkey_pk primary key
                  }
                }
                """,
                """
                schema.strata:3:15: error[S1001]: the primary key of table 'customer' would be named 'customer_pkey', which is already the name of a table
                    3 |     id bigint primary key
                      |               ^^^^^^^^^^^
                hint: give it a name with 'constraint NAME'; PostgreSQL would silently pick another one
                note: schema.strata:5:3: the table 'customer_pkey' is declared here
                    5 |   table customer_pkey {
                      |   ^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("two unnamed indexes on the same column", """
                core {
                  table purchase {
                    id      bigint primary key
                    placed  date
                    index (placed)
                    index (placed) where (placed > '2020-01-01')
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1001]: the unnamed index of table 'purchase' would be named 'purchase_placed_idx', which is already the name of an index
                    6 |     index (placed) where (placed > '2020-01-01')
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: give the index a name; PostgreSQL would silently pick another one
                note: schema.strata:5:5: the index 'purchase_placed_idx' is declared here
                    5 |     index (placed)
                      |     ^^^^^^^^^^^^^^

                1 error
                """),
            new Case("enum and table row type", """
                core {
                  enum customer ('a', 'b')
                  table customer {
                    id bigint primary key
                  }
                }
                """,
                """
                schema.strata:2:3: error[S1002]: enum 'customer' has the same name as the row type of table 'customer'
                    2 |   enum customer ('a', 'b')
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^
                hint: every table and view also defines a type of its own name; rename the enum
                note: schema.strata:3:3: the table 'customer' is declared here
                    3 |   table customer {
                      |   ^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate column", """
                core {
                  table customer {
                    id     bigint primary key
                    email  text
                    email  text not null
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1003]: column 'email' is declared twice in table 'customer'
                    5 |     email  text not null
                      |     ^^^^^^^^^^^^^^^^^^^^
                hint: remove one of them, or rename it
                note: schema.strata:4:5: the column 'email' is first declared here
                    4 |     email  text
                      |     ^^^^^^^^^^^

                1 error
                """),
            new Case("two unnamed checks on one column", """
                core {
                  table product {
                    id     bigint primary key
                    price  numeric check (price > 0) check (price < 1000)
                  }
                }
                """,
                """
                schema.strata:4:38: error[S1004]: the unnamed check constraint would be named 'product_price_check', which is already the name of a check constraint of table 'product'
                    4 |     price  numeric check (price > 0) check (price < 1000)
                      |                                      ^^^^^^^^^^^^^^^^^^^^
                hint: give one of them a name with 'constraint NAME'; PostgreSQL would silently pick another one
                note: schema.strata:4:20: the check constraint 'product_price_check' is declared here
                    4 |     price  numeric check (price > 0) check (price < 1000)
                      |                    ^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate constraint name", """
                core {
                  table product {
                    id     bigint primary key
                    price  numeric constraint positive check (price > 0)
                    stock  integer constraint positive check (stock >= 0)
                  }
                }
                """,
                """
                schema.strata:5:20: error[S1004]: constraint 'positive' is declared twice in table 'product'
                    5 |     stock  integer constraint positive check (stock >= 0)
                      |                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: constraint names are unique per table; rename one of them
                note: schema.strata:4:20: the check constraint 'positive' is declared here
                    4 |     price  numeric constraint positive check (price > 0)
                      |                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("overloaded facade function", """
                facade api version 1 {
                  function find(id bigint) returns bigint language sql as $$ select id $$
                  function find(email text) returns bigint language sql as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:3:3: error[S1005]: function 'find' is declared twice in api v1; overloaded routines are not supported
                    3 |   function find(email text) returns bigint language sql as $$ select 1::bigint $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: give each variant its own name, or use parameter defaults
                note: schema.strata:2:3: the function 'find' is declared here
                    2 |   function find(id bigint) returns bigint language sql as $$ select id $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate parameter via returns table", """
                facade api version 1 {
                  function orders(id bigint) returns table (id bigint, total numeric) language sql as $$ select 1::bigint, 1::numeric $$
                }
                """,
                """
                schema.strata:2:45: error[S1006]: parameter 'id' is declared twice in function 'orders'
                    2 |   function orders(id bigint) returns table (id bigint, total numeric) language sql as $$ select 1::bigint, 1::numeric $$
                      |                                             ^^^^^^^^^
                hint: rename one of them (the columns of 'returns table' count as parameters too)
                note: schema.strata:2:19: 'id' is first declared here
                    2 |   function orders(id bigint) returns table (id bigint, total numeric) language sql as $$ select 1::bigint, 1::numeric $$
                      |                   ^^^^^^^^^

                1 error
                """),
            new Case("duplicate enum label", """
                core {
                  enum mood ('happy', 'sad', 'happy')
                }
                """,
                """
                schema.strata:2:30: error[S1007]: label 'happy' appears twice in enum 'mood'
                    2 |   enum mood ('happy', 'sad', 'happy')
                      |                              ^^^^^^^
                hint: remove the repeated label
                note: schema.strata:2:14: 'happy' is first listed here
                    2 |   enum mood ('happy', 'sad', 'happy')
                      |              ^^^^^^^

                1 error
                """),
            new Case("duplicate view column", """
                facade api version 1 {
                  view customers (id bigint, name text, name text) as $$ select 1::bigint, 'a', 'b' $$
                }
                """,
                """
                schema.strata:2:41: error[S1008]: column 'name' is declared twice in view 'customers'
                    2 |   view customers (id bigint, name text, name text) as $$ select 1::bigint, 'a', 'b' $$
                      |                                         ^^^^^^^^^
                hint: rename one of them (use 'as' in the query to give it another name)
                note: schema.strata:2:30: the column 'name' is first declared here
                    2 |   view customers (id bigint, name text, name text) as $$ select 1::bigint, 'a', 'b' $$
                      |                              ^^^^^^^^^

                1 error
                """),
            new Case("duplicate core routine", """
                core {
                  function touch() returns trigger language plpgsql as $$ begin return new; end $$
                  procedure touch() language sql as $$ select 1 $$
                }
                """,
                """
                schema.strata:3:3: error[S1009]: procedure 'touch' has the same name as a function
                    3 |   procedure touch() language sql as $$ select 1 $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: give each routine its own name, or use parameter defaults
                note: schema.strata:2:3: the function 'touch' is declared here
                    2 |   function touch() returns trigger language plpgsql as $$ begin return new; end $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate extension", """
                core {
                  extension citext
                  extension citext
                }
                """,
                """
                schema.strata:3:3: error[S1010]: extension 'citext' is declared twice
                    3 |   extension citext
                      |   ^^^^^^^^^^^^^^^^
                hint: remove one declaration
                note: schema.strata:2:3: the extension 'citext' is first declared here
                    2 |   extension citext
                      |   ^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate trigger", """
                core {
                  function touch() returns trigger language plpgsql as $$ begin return new; end $$
                  table customer {
                    id bigint primary key
                    trigger touch before update for each row execute function touch()
                    trigger touch after insert for each row execute function touch()
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1011]: trigger 'touch' is declared twice on table 'customer'
                    6 |     trigger touch after insert for each row execute function touch()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: rename one of them, or merge their events into one trigger
                note: schema.strata:5:5: the trigger 'touch' is first declared here
                    5 |     trigger touch before update for each row execute function touch()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("duplicate policy", """
                core {
                  table document {
                    id bigint primary key
                    owner name not null
                    policy own_rows for select using (owner = current_user)
                    policy own_rows for update using (owner = current_user)
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1013]: policy 'own_rows' is declared twice on table 'document'
                    6 |     policy own_rows for update using (owner = current_user)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: rename one of them, or merge them into one policy 'for all'
                note: schema.strata:5:5: the policy 'own_rows' is first declared here
                    5 |     policy own_rows for select using (owner = current_user)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("partition of a table that is not partitioned", """
                core {
                  table measurement {
                    city_id  integer not null
                    logdate  date not null
                    primary key (city_id, logdate)
                  }
                  partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
                }
                """,
                """
                schema.strata:7:3: error[S1709]: partition 'measurement_y2026' is of table 'measurement', which is not partitioned
                    7 |   partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: add 'partition by range|list|hash (key)' to table 'measurement'
                note: schema.strata:2:3: table 'measurement' is declared here
                    2 |   table measurement {
                      |   ^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("range bound on a list-partitioned table", """
                core {
                  table event partition by list (kind) {
                    id    bigint not null
                    kind  text not null
                    primary key (id, kind)
                  }
                  partition event_2026 of event for values from ('a') to ('m')
                }
                """,
                """
                schema.strata:7:3: error[S1710]: partition 'event_2026' has a range bound, but 'event' is partitioned by list
                    7 |   partition event_2026 of event for values from ('a') to ('m')
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: write the bound as 'for values in (…)'

                1 error
                """),
            new Case("two default partitions", """
                core {
                  table event partition by list (kind) {
                    id    bigint not null
                    kind  text not null
                    primary key (id, kind)
                  }
                  partition event_rest of event default
                  partition event_other of event default
                }
                """,
                """
                schema.strata:8:3: error[S1711]: table 'event' has a second default partition, 'event_other'
                    8 |   partition event_other of event default
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: a table has one default partition; give this one a bound
                note: schema.strata:7:3: the default partition 'event_rest' is declared here
                    7 |   partition event_rest of event default
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("unknown partitioning method", """
                core {
                  table event partition by ranges (id) {
                    id    bigint not null
                    kind  text not null
                    primary key (id)
                  }
                }
                """,
                """
                schema.strata:2:15: error[S1712]: table 'event' is partitioned by 'ranges'
                    2 |   table event partition by ranges (id) {
                      |               ^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'range'?

                1 error
                """),
            new Case("primary key without the partition key", """
                core {
                  table measurement partition by range (logdate) {
                    id       bigint primary key
                    logdate  date not null
                  }
                  partition measurement_y2026 of measurement for values from ('2026-01-01') to ('2027-01-01')
                }
                """,
                """
                schema.strata:3:21: error[S1713]: the primary key of partitioned table 'measurement' does not hold partition key column 'logdate'
                    3 |     id       bigint primary key
                      |                     ^^^^^^^^^^^
                hint: PostgreSQL checks a unique key within each partition only; add logdate to the key

                1 error
                """),
            new Case("with check on a select policy", """
                core {
                  table document {
                    id bigint primary key
                    owner name not null
                    policy own_rows for select using (true) with check (owner = current_user)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1706]: policy 'own_rows' on table 'document' is for select and has 'with check', which only policies for all, insert and update can have
                    5 |     policy own_rows for select using (true) with check (owner = current_user)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: a select writes no new row: move the condition into 'using (…)'

                1 error
                """),
            new Case("using on an insert policy", """
                core {
                  table document {
                    id bigint primary key
                    owner name not null
                    policy add_rows for insert using (owner = current_user)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1706]: policy 'add_rows' on table 'document' is for insert and has 'using', which an insert policy cannot have
                    5 |     policy add_rows for insert using (owner = current_user)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: an insert reads no existing row: move the condition into 'with check (…)'

                1 error
                """),
            new Case("cost on a procedure", """
                core {
                  procedure tidy() language sql cost 10 as $$ select 1 $$
                }
                """,
                """
                schema.strata:2:3: error[S1707]: procedure 'tidy' has 'cost', which only a function can have
                    2 |   procedure tidy() language sql cost 10 as $$ select 1 $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: a procedure takes 'security' and 'set' options only: remove 'cost'

                1 error
                """),
            new Case("rows on a function returning one value", """
                core {
                  function answer() returns integer language sql rows 0 as $$ select 42 $$
                }
                """,
                """
                schema.strata:2:3: error[S1707]: function 'answer' has 'rows' but returns a single value
                    2 |   function answer() returns integer language sql rows 0 as $$ select 42 $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: 'rows' estimates the rows of a function that returns setof or table (…): remove it

                schema.strata:2:3: error[S1707]: function 'answer' has 'rows 0', which must be more than 0
                    2 |   function answer() returns integer language sql rows 0 as $$ select 42 $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: write a positive estimate, or leave 'rows' out

                2 errors
                """),
            new Case("unnamed parameter of a facade function", """
                facade api version 1 {
                  function twice($1 integer) returns integer language sql as $$ select $1 * 2 $$
                }
                """,
                """
                schema.strata:2:18: error[S1708]: parameter $1 of function 'twice' in api v1 has no name
                    2 |   function twice($1 integer) returns integer language sql as $$ select $1 * 2 $$
                      |                  ^^^^^^^^^^
                hint: applications call a facade routine by its parameters' names: give it one

                1 error
                """),
            new Case("repeated key column", """
                core {
                  table line {
                    order_id  bigint
                    line_no   integer
                    unique (order_id, line_no, line_no)
                    primary key (order_id, line_no)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1012]: column 'line_no' appears twice in the unique constraint
                    5 |     unique (order_id, line_no, line_no)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: list each column once

                1 error
                """),
            new Case("unknown column in primary key", """
                core {
                  table customer {
                    id     bigint
                    email  text
                    primary key (ident)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1101]: unknown column 'ident' in the primary key of table 'customer'
                    5 |     primary key (ident)
                      |     ^^^^^^^^^^^^^^^^^^^
                hint: declare the column, or correct the name

                1 error
                """),
            new Case("unknown column in include and trigger", """
                core {
                  function touch() returns trigger language plpgsql as $$ begin return new; end $$
                  table customer {
                    id     bigint primary key
                    email  text
                    index customer_by_email (email) include (full_name)
                    trigger touch before update of mail for each row execute function touch()
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1101]: unknown column 'full_name' in index 'customer_by_email' of table 'customer'
                    6 |     index customer_by_email (email) include (full_name)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: declare the column, or correct the name

                schema.strata:7:5: error[S1101]: unknown column 'mail' in trigger 'touch' of table 'customer'
                    7 |     trigger touch before update of mail for each row execute function touch()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'email'?

                2 errors
                """),
            new Case("unknown referenced column", """
                core {
                  table customer {
                    id bigint primary key
                  }
                  table purchase {
                    id           bigint primary key
                    customer_id  bigint references customer (customer_id)
                  }
                }
                """,
                """
                schema.strata:7:25: error[S1101]: unknown column 'customer_id' in table 'customer', referenced by a foreign key of table 'purchase'
                    7 |     customer_id  bigint references customer (customer_id)
                      |                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: declare the column, or correct the name

                1 error
                """),
            new Case("unknown referenced table", """
                core {
                  table purchase {
                    id           bigint primary key
                    customer_id  bigint references customers
                  }
                }
                """,
                """
                schema.strata:4:25: error[S1102]: foreign key of table 'purchase' references unknown table 'customers'
                    4 |     customer_id  bigint references customers
                      |                         ^^^^^^^^^^^^^^^^^^^^
                hint: declare the table in a core block, or correct the name

                1 error
                """),
            new Case("sequence owned by unknown column", """
                core {
                  table invoice {
                    id bigint primary key
                  }
                  sequence invoice_number owned by invoice.number
                }
                """,
                """
                schema.strata:5:3: error[S1101]: unknown column 'number' in 'owned by' of sequence 'invoice_number'
                    5 |   sequence invoice_number owned by invoice.number
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: declare the column, or correct the name

                1 error
                """),
            new Case("unknown view key column", """
                facade api version 1 {
                  view customers (id bigint, email text) key (emial) as $$ select 1::bigint, 'a' $$
                }
                """,
                """
                schema.strata:2:3: error[S1103]: key (emial) of view 'customers' names 'emial', which is not a column of the view
                    2 |   view customers (id bigint, email text) key (emial) as $$ select 1::bigint, 'a' $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'email'?

                1 error
                """),
            new Case("unknown trigger function", """
                core {
                  function set_updated_at() returns trigger language plpgsql as $$ begin return new; end $$
                  table customer {
                    id bigint primary key
                    trigger touch before update for each row execute function set_update_at()
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1104]: trigger 'touch' on table 'customer' executes unknown function 'set_update_at'
                    5 |     trigger touch before update for each row execute function set_update_at()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'set_updated_at'?

                1 error
                """),
            new Case("trigger function with parameters", """
                core {
                  function touch(at timestamptz) returns trigger language plpgsql as $$ begin return new; end $$
                  table customer {
                    id bigint primary key
                    trigger touch before update for each row execute function touch()
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1105]: trigger 'touch' on table 'customer' executes function 'touch', which takes parameters
                    5 |     trigger touch before update for each row execute function touch()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: trigger functions take no parameters; pass arguments in the trigger and read TG_ARGV
                note: schema.strata:2:3: the function 'touch' is declared here
                    2 |   function touch(at timestamptz) returns trigger language plpgsql as $$ begin return new; end $$
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("foreign key column count", """
                core {
                  table purchase {
                    id bigint primary key
                  }
                  table refund {
                    id           bigint primary key
                    purchase_id  bigint
                    foreign key (purchase_id) references purchase (id, id)
                  }
                }
                """,
                """
                schema.strata:8:5: error[S1201]: foreign key (purchase_id) has 1 column but references 2 columns of 'purchase'
                    8 |     foreign key (purchase_id) references purchase (id, id)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: reference as many columns as the foreign key has

                1 error
                """),
            new Case("foreign key type mismatch through a domain", """
                core {
                  domain money_amount numeric(12,2)
                  table account {
                    code text primary key
                  }
                  table entry {
                    id       bigint primary key
                    account  money_amount references account (code)
                  }
                }
                """,
                """
                schema.strata:8:27: error[S1202]: foreign key column 'account' is money_amount (numeric) but references 'account.code', which is text
                    8 |     account  money_amount references account (code)
                      |                           ^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: declare 'account' as text, the type of the column it references
                note: schema.strata:4:5: 'account.code' is declared here
                    4 |     code text primary key
                      |     ^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("foreign key to non-unique columns", """
                core {
                  table customer {
                    id     bigint primary key
                    email  text not null
                    index customer_email (email)
                  }
                  table newsletter {
                    id     bigint primary key
                    email  text references customer (email)
                  }
                }
                """,
                """
                schema.strata:9:17: error[S1203]: foreign key references (email) of table 'customer', which are not its primary key nor unique
                    9 |     email  text references customer (email)
                      |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: add 'unique (email)' to table 'customer', or reference its primary key
                note: schema.strata:2:3: the table 'customer' is declared here
                    2 |   table customer {
                      |   ^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("foreign key to a deferrable key", """
                core {
                  table seat {
                    id    bigint primary key deferrable
                  }
                  table ticket {
                    id       bigint primary key
                    seat_id  bigint references seat
                  }
                }
                """,
                """
                schema.strata:7:21: error[S1203]: foreign key references (id) of table 'seat', whose key on them is deferrable
                    7 |     seat_id  bigint references seat
                      |                     ^^^^^^^^^^^^^^^
                hint: PostgreSQL lets no foreign key reference a deferrable key; make the key not deferrable, or reference other unique columns
                note: schema.strata:2:3: the table 'seat' is declared here
                    2 |   table seat {
                      |   ^^^^^^^^^^^^

                1 error
                """),
            new Case("foreign key to a table without primary key", """
                core {
                  table audit_log {
                    id bigint
                  }
                  table audit_note {
                    id      bigint primary key
                    log_id  bigint references audit_log
                  }
                }
                """,
                """
                schema.strata:2:3: warning[S1701]: table 'audit_log' has no primary key
                    2 |   table audit_log {
                      |   ^^^^^^^^^^^^^^^^^
                hint: add one, e.g. 'id bigint generated always as identity primary key'; rows without a key cannot be addressed reliably, by foreign keys, tools or replication

                schema.strata:7:20: error[S1204]: foreign key of table 'audit_note' references table 'audit_log', which has no primary key
                    7 |     log_id  bigint references audit_log
                      |                    ^^^^^^^^^^^^^^^^^^^^
                hint: name the referenced columns, or give 'audit_log' a primary key
                note: schema.strata:2:3: the table 'audit_log' is declared here
                    2 |   table audit_log {
                      |   ^^^^^^^^^^^^^^^^^

                1 error, 1 warning
                """),
            new Case("set null on generated column", """
                core {
                  table region {
                    code text primary key
                  }
                  table store {
                    id      bigint primary key
                    name    text not null
                    region  text generated always as (split_part(name, '-', 1)) stored references region on delete set null
                  }
                }
                """,
                """
                schema.strata:8:72: error[S1205]: 'on delete set null' cannot change generated column 'store.region'
                    8 |     region  text generated always as (split_part(name, '-', 1)) stored references region on delete set null
                      |                                                                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: use 'on delete cascade', 'restrict' or 'no action'

                1 error
                """),
            new Case("set null on primary key column", """
                core {
                  table customer {
                    id bigint primary key
                  }
                  table profile {
                    customer_id  bigint primary key references customer on delete set null
                  }
                }
                """,
                """
                schema.strata:6:37: warning[S1206]: 'on delete set null' on not-null column 'profile.customer_id' fails whenever a referenced row is deleted
                    6 |     customer_id  bigint primary key references customer on delete set null
                      |                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: make the column nullable, or use 'on delete cascade' or 'restrict'

                1 warning
                """),
            new Case("unknown type", """
                core {
                  table customer {
                    id          bigint primary key
                    created_at  timestampz not null default now()
                  }
                }
                """,
                """
                schema.strata:4:17: error[S1301]: unknown type 'timestampz' in column 'customer.created_at'
                    4 |     created_at  timestampz not null default now()
                      |                 ^^^^^^^^^^
                hint: did you mean 'timestamptz'?

                1 error
                """),
            new Case("unknown extension type", """
                core {
                  table page {
                    id     bigint primary key
                    attrs  hstore
                  }
                }
                """,
                """
                schema.strata:4:12: error[S1301]: unknown type 'hstore' in column 'page.attrs'
                    4 |     attrs  hstore
                      |            ^^^^^^
                hint: 'hstore' comes with an extension: declare 'extension hstore' in a core block

                1 error
                """),
            new Case("unknown parameter type", """
                facade api version 1 {
                  function find(email txt) returns bigint language sql as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:2:23: error[S1301]: unknown type 'txt' in parameter 'email' of function 'find'
                    2 |   function find(email txt) returns bigint language sql as $$ select 1::bigint $$
                      |                       ^^^
                hint: did you mean 'text'?

                1 error
                """),
            new Case("sequence type", """
                core {
                  sequence invoice_number as bigin
                }
                """,
                """
                schema.strata:2:30: error[S1302]: sequence 'invoice_number' cannot count in bigin
                    2 |   sequence invoice_number as bigin
                      |                              ^^^^^
                hint: did you mean 'bigint'?

                1 error
                """),
            new Case("identity type", """
                core {
                  table ticket {
                    id numeric generated always as identity primary key
                  }
                }
                """,
                """
                schema.strata:3:8: error[S1303]: identity column 'ticket.id' has type numeric; identity needs smallint, integer or bigint
                    3 |     id numeric generated always as identity primary key
                      |        ^^^^^^^
                hint: declare the column as bigint, or drop 'generated always as identity'

                1 error
                """),
            new Case("serial with a default", """
                core {
                  table ticket {
                    id bigserial primary key default 0
                  }
                }
                """,
                """
                schema.strata:3:5: error[S1304]: column 'ticket.id' has a bigserial type and a default; PostgreSQL allows only one of them
                    3 |     id bigserial primary key default 0
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: keep one: an identity or serial fills the column from a sequence, a generated column is computed, a default fills in what an insert leaves out

                1 error
                """),
            new Case("pseudo-type column", """
                core {
                  table event {
                    id       bigint primary key
                    handler  trigger
                  }
                }
                """,
                """
                schema.strata:4:14: error[S1305]: column 'event.handler' cannot have pseudo-type 'trigger'
                    4 |     handler  trigger
                      |              ^^^^^^^
                hint: 'trigger' is only a return type: write 'returns trigger' on the function

                1 error
                """),
            new Case("serial parameter", """
                facade api version 1 {
                  function next_ticket(start serial) returns bigint language sql as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:2:30: error[S1306]: 'serial' is not a type and cannot be used in parameter 'start' of function 'next_ticket'
                    2 |   function next_ticket(start serial) returns bigint language sql as $$ select 1::bigint $$
                      |                              ^^^^^^
                hint: 'serial' only works as the type of a table column; write 'integer' here

                1 error
                """),
            new Case("domain cycle", """
                core {
                  domain a b
                  domain b a
                }
                """,
                """
                schema.strata:2:3: error[S1307]: domain 'a' is built on itself: a -> b -> a
                    2 |   domain a b
                      |   ^^^^^^^^^^
                hint: base one of these domains on a built-in type

                1 error
                """),
            new Case("identifier too long", """
                core {
                  table customer_account_balance_history_entries_for_quarterly_reconciliation {
                    id bigint primary key
                  }
                }
                """,
                """
                schema.strata:2:3: error[S1401]: table name 'customer_account_balance_history_entries_for_quarterly_reconciliation' is 69 bytes long; PostgreSQL would silently cut it to 63 bytes
                    2 |   table customer_account_balance_history_entries_for_quarterly_reconciliation {
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: shorten it to at most 63 bytes (it would become 'customer_account_balance_history_entries_for_quarterly_reconcil')

                1 error
                """),
            new Case("derived sequence name too long", """
                core {
                  table customer_account_balance_history_entries {
                    reconciliation_entry_id bigint generated always as identity primary key
                  }
                }
                """,
                """
                schema.strata:3:5: error[S1402]: the default name of the sequence of column 'customer_account_balance_history_entries.reconciliation_entry_id', 'customer_account_balance_history_entries_reconciliation_entry_id_seq', is 68 bytes long; PostgreSQL would shorten it in a way Strata cannot rely on
                    3 |     reconciliation_entry_id bigint generated always as identity primary key
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: rename the table or column, since the sequence is named after them

                1 error
                """),
            new Case("facade schema name too long", """
                facade customer_account_balance_history_entries_for_reconciliation_api version 1 {
                  view entries (id bigint) as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:1:1: error[S1402]: the schema of facade customer_account_balance_history_entries_for_reconciliation_api v1, 'customer_account_balance_history_entries_for_reconciliation_api_v1', is 66 bytes long; PostgreSQL would shorten it in a way Strata cannot rely on
                    1 | facade customer_account_balance_history_entries_for_reconciliation_api version 1 {
                      | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: shorten the facade's name

                1 error
                """),
            new Case("enum label too long", """
                core {
                  enum reason ('ok', 'a label that goes on and on and on well past the sixty three byte limit')
                }
                """,
                """
                schema.strata:2:22: error[S1403]: label of enum 'reason' is 71 bytes long; PostgreSQL allows at most 63
                    2 |   enum reason ('ok', 'a label that goes on and on and on well past the sixty three byte limit')
                      |                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: shorten the label

                1 error
                """),
            new Case("duplicate facade version", """
                facade api version 3 {
                  view a (id bigint) as $$ select 1::bigint $$
                }
                facade api version 3 {
                  view b (id bigint) as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:4:1: error[S1501]: facade api v3 is declared twice
                    4 | facade api version 3 {
                      | ^^^^^^^^^^^^^^^^^^^^^^
                hint: declare each version once; to change its interface, declare version 4 beside it
                note: schema.strata:1:1: api v3 is first declared here
                    1 | facade api version 3 {
                      | ^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("facade version zero", """
                facade api version 0 {
                  view a (id bigint) as $$ select 1::bigint $$
                }
                """,
                """
                schema.strata:1:1: error[S1502]: facade 'api' has version 0; versions count from 1
                    1 | facade api version 0 {
                      | ^^^^^^^^^^^^^^^^^^^^^^
                hint: declare it as 'facade api version 1'

                1 error
                """),
            new Case("grant on undeclared object", """
                facade api version 2 {
                  view customers (id bigint) as $$ select 1::bigint $$
                  grant select on customer to app
                }
                """,
                """
                schema.strata:3:3: error[S1503]: grant on 'customer', which is not declared in api v2
                    3 |   grant select on customer to app
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'customers'?

                1 error
                """),
            new Case("execute on a view", """
                facade api version 1 {
                  view customers (id bigint) as $$ select 1::bigint $$
                  grant select, execute on customers to app
                }
                """,
                """
                schema.strata:3:3: error[S1504]: 'execute' does not apply to view 'customers'
                    3 |   grant select, execute on customers to app
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: grant 'select', 'insert', 'update' or 'delete' on views

                1 error
                """),
            new Case("insert on a materialized view", """
                facade api version 1 {
                  materialized view totals (day date, total numeric) as $$ select current_date, 0::numeric $$
                  grant select, insert on totals to reporting
                }
                """,
                """
                schema.strata:3:3: error[S1504]: 'insert' does not apply to materialized view 'totals'
                    3 |   grant select, insert on totals to reporting
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: materialized views can only be read: grant 'select'

                1 error
                """),
            new Case("materialized view default", """
                facade api version 1 {
                  materialized view totals (day date, total numeric default 0) as $$ select current_date, 0::numeric $$
                }
                """,
                """
                schema.strata:2:39: error[S1505]: column 'total' of materialized view 'totals' has a default
                    2 |   materialized view totals (day date, total numeric default 0) as $$ select current_date, 0::numeric $$
                      |                                       ^^^^^^^^^^^^^^^^^^^^^^^
                hint: remove the default: materialized views cannot be written to

                1 error
                """),
            new Case("stale table rename", """
                core {
                  table client {
                    id bigint primary key
                  }
                  table customer renamed from client {
                    id bigint primary key
                  }
                }
                """,
                """
                schema.strata:5:3: error[S1601]: table 'customer' is renamed from 'client', which is still declared
                    5 |   table customer renamed from client {
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: remove 'renamed from client' if 'client' is a different table, or remove the old declaration if it was renamed
                note: schema.strata:2:3: the table 'client' is declared here
                    2 |   table client {
                      |   ^^^^^^^^^^^^^^

                1 error
                """),
            new Case("column renamed from itself", """
                core {
                  table customer {
                    id     bigint primary key
                    email  text renamed from email
                  }
                }
                """,
                """
                schema.strata:4:5: error[S1601]: column 'customer.email' is renamed from its own name
                    4 |     email  text renamed from email
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: remove 'renamed from email'

                1 error
                """),
            new Case("two columns renamed from one", """
                core {
                  table customer {
                    id          bigint primary key
                    first_name  text renamed from name
                    last_name   text renamed from name
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1602]: column 'customer.last_name' is renamed from 'name', but another column already is
                    5 |     last_name   text renamed from name
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: keep 'renamed from name' on the column that 'name' became
                note: schema.strata:4:5: this column is also renamed from 'name'
                    4 |     first_name  text renamed from name
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("missing primary key", """
                core {
                  table page_view {
                    path  text not null
                  }
                }
                """,
                """
                schema.strata:2:3: warning[S1701]: table 'page_view' has no primary key
                    2 |   table page_view {
                      |   ^^^^^^^^^^^^^^^^^
                hint: add one, e.g. 'id bigint generated always as identity primary key'; rows without a key cannot be addressed reliably, by foreign keys, tools or replication

                1 warning
                """),
            new Case("unknown index method", """
                core {
                  table document {
                    id    bigint primary key
                    body  tsvector
                    index using gist2 (body)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1702]: index on table 'document' uses unknown method 'gist2'
                    5 |     index using gist2 (body)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'gist'?

                1 error
                """),
            new Case("extension index method", """
                core {
                  table item {
                    id         bigint primary key
                    embedding  vector(3)
                    index using hnsw (embedding)
                  }
                }
                """,
                """
                schema.strata:4:16: error[S1301]: unknown type 'vector' in column 'item.embedding'
                    4 |     embedding  vector(3)
                      |                ^^^^^^^^^
                hint: 'vector' comes with an extension: declare 'extension vector' in a core block

                schema.strata:5:5: error[S1702]: index on table 'item' uses unknown method 'hnsw'
                    5 |     index using hnsw (embedding)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: 'hnsw' comes with an extension: declare 'extension vector' in a core block

                2 errors
                """),
            new Case("hash index with two keys", """
                core {
                  table session {
                    id     bigint primary key
                    token  text
                    kind   text
                    index session_lookup using hash (token, kind desc)
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1703]: index 'session_lookup' on table 'session': method hash does not support more than one key
                    6 |     index session_lookup using hash (token, kind desc)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: index one key, or use btree

                schema.strata:6:5: error[S1703]: index 'session_lookup' on table 'session': method hash does not support ordered keys ('asc', 'desc', 'nulls first/last')
                    6 |     index session_lookup using hash (token, kind desc)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: drop the ordering, or use btree

                2 errors
                """),
            new Case("exclusion constraint with a method that cannot enforce it", """
                core {
                  table booking {
                    id      integer primary key
                    during  tstzrange not null
                    exclude using gin (during with &&)
                    constraint booking_busy exclude using gits (during with &&)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1703]: exclusion constraint on table 'booking': method gin does not support exclusion constraints
                    5 |     exclude using gin (during with &&)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: use gist, btree, hash or spgist

                schema.strata:6:5: error[S1702]: exclusion constraint 'booking_busy' on table 'booking' uses unknown method 'gits'
                    6 |     constraint booking_busy exclude using gits (during with &&)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: did you mean 'gist'?

                2 errors
                """),
            new Case("exclusion constraint on a partitioned table", """
                core {
                  table stay partition by range (during) {
                    room    integer not null
                    during  tstzrange not null
                    exclude using gist (during with &&)
                  }
                }
                """,
                """
                schema.strata:2:3: warning[S1701]: table 'stay' has no primary key
                    2 |   table stay partition by range (during) {
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: add one, e.g. 'id bigint generated always as identity primary key'; rows without a key cannot be addressed reliably, by foreign keys, tools or replication

                schema.strata:5:5: error[S1714]: partitioned table 'stay' has an exclusion constraint
                    5 |     exclude using gist (during with &&)
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: PostgreSQL before 17 has no exclusion constraints on partitioned tables; put it on a table that is not partitioned, or use a unique key

                1 error, 1 warning
                """),
            new Case("inherited column of another type", """
                core {
                  table cities {
                    id    integer primary key
                    name  text not null
                  }

                  table capitals inherits (cities) {
                    name   varchar(80) not null
                    state  text not null
                    primary key (id)
                  }
                }
                """,
                """
                schema.strata:8:5: error[S1730]: column 'capitals.name' is varchar(80), but the column 'name' it inherits from 'cities' is text
                    8 |     name   varchar(80) not null
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: give it the parent's type, or leave it out of 'capitals' (it is inherited)
                note: schema.strata:4:5: 'cities.name' is declared here
                    4 |     name  text not null
                      |     ^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("table inheriting from itself", """
                core {
                  table cities inherits (capitals) {
                    id    integer primary key
                  }

                  table capitals inherits (cities) {
                    state  text not null
                    primary key (id)
                  }
                }
                """,
                """
                schema.strata:2:16: error[S1731]: table 'cities' inherits from itself (through 'capitals')
                    2 |   table cities inherits (capitals) {
                      |                ^^^^^^^^^^^^^^^^^^^
                hint: remove one of the tables from the other's 'inherits (…)'

                schema.strata:6:18: error[S1731]: table 'capitals' inherits from itself (through 'cities')
                    6 |   table capitals inherits (cities) {
                      |                  ^^^^^^^^^^^^^^^^^
                hint: remove one of the tables from the other's 'inherits (…)'

                2 errors
                """),
            new Case("inheriting from a partitioned table", """
                core {
                  table measurement partition by range (logdate) {
                    id       bigint not null
                    logdate  date not null
                    primary key (id, logdate)
                  }

                  table measurement_extra inherits (measurement) {
                    note  text
                  }
                }
                """,
                """
                schema.strata:8:3: warning[S1701]: table 'measurement_extra' has no primary key
                    8 |   table measurement_extra inherits (measurement) {
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: add one, e.g. 'id bigint generated always as identity primary key'; rows without a key cannot be addressed reliably, by foreign keys, tools or replication

                schema.strata:8:27: error[S1732]: table 'measurement_extra' inherits from partitioned table 'measurement'
                    8 |   table measurement_extra inherits (measurement) {
                      |                           ^^^^^^^^^^^^^^^^^^^^^^
                hint: PostgreSQL cannot inherit from a partitioned table or a partition; declare 'measurement_extra' as 'partition … of' instead, or inherit from a plain table
                note: schema.strata:2:3: 'measurement' is declared here
                    2 |   table measurement partition by range (logdate) {
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error, 1 warning
                """),
            new Case("unknown storage parameter of an index", """
                core {
                  table account {
                    id    bigint primary key
                    email text not null
                    index account_email (email) with (filfactor = 70)
                    index account_email_seen using brin (email) with (toast.autovacuum_enabled = false)
                  }
                }
                """,
                """
                schema.strata:5:39: error[S1720]: btree index 'account_email' on table 'account' has no storage parameter 'filfactor'
                    5 |     index account_email (email) with (filfactor = 70)
                      |                                       ^^^^^^^^^^^^^^
                hint: did you mean 'fillfactor'?

                schema.strata:6:55: error[S1720]: brin index 'account_email_seen' on table 'account' sets 'toast.autovacuum_enabled', a parameter of its TOAST table, which Strata does not support yet
                    6 |     index account_email_seen using brin (email) with (toast.autovacuum_enabled = false)
                      |                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: set it outside Strata, or leave it out

                2 errors
                """),
            new Case("storage parameters on a partitioned table", """
                core {
                  table stay partition by range (night) with (fillfactor = 70) {
                    id    bigint
                    night date
                    primary key (id, night)
                  }
                }
                """,
                """
                schema.strata:2:47: error[S1721]: partitioned table 'stay' has storage parameters, which PostgreSQL refuses: it stores no rows itself
                    2 |   table stay partition by range (night) with (fillfactor = 70) {
                      |                                               ^^^^^^^^^^^^^^^
                hint: drop 'with (…)' from the table

                1 error
                """),
            new Case("instead of trigger on a table", """
                core {
                  function redirect() returns trigger language plpgsql as $$ begin return null; end $$
                  table customer {
                    id bigint primary key
                    trigger redirect instead of insert for each row execute function redirect()
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1704]: trigger 'redirect' on table 'customer' is 'instead of', which only views can have
                    5 |     trigger redirect instead of insert for each row execute function redirect()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: use 'before' or 'after'

                1 error
                """),
            new Case("index on plain view", """
                core {
                  table film { id bigint primary key
                    title text not null }
                  view film_titles (id bigint, title text) as $$ select id, title from core.film $$ {
                    index (title)
                  }
                }
                """,
                """
                schema.strata:5:5: error[S1715]: index on view 'film_titles', which is not materialized
                    5 |     index (title)
                      |     ^^^^^^^^^^^^^
                hint: only a materialized view stores rows to index: declare 'materialized view', or index the tables the view reads

                1 error
                """),
            new Case("trigger on materialized view", """
                core {
                  table film { id bigint primary key
                    title text not null }
                  function add_film() returns trigger language plpgsql as $$ begin return new; end $$
                  materialized view film_titles (id bigint, title text) as $$ select id, title from core.film $$ {
                    trigger film_titles_insert instead of insert for each row execute function add_film()
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1716]: trigger 'film_titles_insert' on materialized view 'film_titles': PostgreSQL has no triggers on materialized views
                    6 |     trigger film_titles_insert instead of insert for each row execute function add_film()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: only REFRESH MATERIALIZED VIEW changes its rows; put the trigger on a table it reads

                1 error
                """),
            new Case("view trigger shape", """
                core {
                  table film { id bigint primary key
                    title text not null }
                  function add_film() returns trigger language plpgsql as $$ begin return new; end $$
                  view film_titles (id bigint, title text) as $$ select id, title from core.film $$ {
                    trigger film_titles_insert instead of update of title for each row when (new.title <> '')
                      execute function add_film()
                  }
                }
                """,
                """
                schema.strata:6:5: error[S1717]: trigger 'film_titles_insert' on view 'film_titles' has a 'when' condition, which 'instead of' triggers cannot have
                    6 |     trigger film_titles_insert instead of update of title for each row when (new.title <> '')
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: test the condition in the trigger function

                schema.strata:6:5: error[S1717]: trigger 'film_titles_insert' on view 'film_titles' lists columns after 'update of', which 'instead of' triggers cannot have
                    6 |     trigger film_titles_insert instead of update of title for each row when (new.title <> '')
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: write 'update' without columns

                2 errors
                """),
            new Case("facade view parts", """
                core {
                  table film { id bigint primary key
                    title text not null }
                  function add_film() returns trigger language plpgsql as $$ begin return new; end $$
                }

                facade api version 1 {
                  view films (id bigint, title text) as $$ select id, title from core.film $$ {
                    trigger films_insert instead of insert for each row execute function add_film()
                  }
                }
                """,
                """
                schema.strata:9:5: error[S1718]: trigger 'films_insert' on view 'films' of facade api v1, which facade views cannot have
                    9 |     trigger films_insert instead of insert for each row execute function add_film()
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: facade views have no indexes or triggers: declare the view and its trigger in the core, or let the facade call a core function or procedure

                1 error
                """),
            new Case("materialized view index on an unknown column", """
                core {
                  table film { id bigint primary key }
                  materialized view film_ids (id bigint) as $$ select id from core.film $$ {
                    index (film_id)
                  }
                }
                """,
                """
                schema.strata:4:12: error[S1101]: unknown column 'film_id' in index of materialized view 'film_ids'
                    4 |     index (film_id)
                      |            ^^^^^^^
                hint: declare the column, or correct the name

                1 error
                """),
            new Case("materialized view index named like a table", """
                core {
                  table film { id bigint primary key }
                  materialized view film_ids (id bigint) as $$ select id from core.film $$ {
                    unique index film (id)
                  }
                }
                """,
                """
                schema.strata:4:5: error[S1001]: index 'film' has the same name as a table
                    4 |     unique index film (id)
                      |     ^^^^^^^^^^^^^^^^^^^^^^
                hint: tables, views, sequences and indexes share one namespace in the core schema; rename one
                note: schema.strata:2:3: the table 'film' is declared here
                    2 |   table film { id bigint primary key }
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("sequence start below minvalue", """
                core {
                  sequence ticket_number minvalue 100 start 1
                }
                """,
                """
                schema.strata:2:3: error[S1705]: sequence 'ticket_number': start 1 is less than minvalue 100
                    2 |   sequence ticket_number minvalue 100 start 1
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: adjust the options (unset ones take PostgreSQL's defaults), or drop the ones not needed

                1 error
                """),
            new Case("identity options out of range for the column's type", """
                core {
                  table ticket {
                    id smallint generated always as identity (start 1000 maxvalue 40000) primary key
                  }
                }
                """,
                """
                schema.strata:3:5: error[S1705]: the identity of column 'id' on table 'ticket': maxvalue 40000 is out of range for smallint
                    3 |     id smallint generated always as identity (start 1000 maxvalue 40000) primary key
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: adjust the options (unset ones take PostgreSQL's defaults, for the column's type), or drop the ones not needed

                1 error
                """),
            new Case("unknown collation", """
                core {
                  table customer {
                    id   bigint primary key
                    name text not null collate posix
                  }
                }
                """,
                """
                schema.strata:4:5: error[S1725]: unknown collation 'posix' in column customer.name
                    4 |     name text not null collate posix
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: collation names are case-sensitive: write collate "POSIX"

                1 error
                """),
            new Case("nondeterministic libc collation", """
                core {
                  collation case_insensitive (provider = libc, locale = 'C', deterministic = false)
                }
                """,
                """
                schema.strata:2:3: error[S1726]: collation 'case_insensitive' is nondeterministic but uses libc
                    2 |   collation case_insensitive (provider = libc, locale = 'C', deterministic = false)
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: only ICU collations can be nondeterministic: write provider = icu

                1 error
                """),
            new Case("collation declared twice", """
                core {
                  collation german (provider = icu, locale = 'de')
                  collation german (provider = icu, locale = 'de-u-co-phonebk')
                }
                """,
                """
                schema.strata:3:3: error[S1727]: collation 'german' is declared twice
                    3 |   collation german (provider = icu, locale = 'de-u-co-phonebk')
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: remove one declaration
                note: schema.strata:2:3: the collation 'german' is first declared here
                    2 |   collation german (provider = icu, locale = 'de')
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
            new Case("word among the modifiers of a built-in type", """
                core {
                  table t {
                    id    bigint primary key
                    price numeric(precise, 2)
                  }
                }
                """,
                """
                schema.strata:4:11: error[S1728]: type numeric in column 't.price' has the modifier 'precise'
                    4 |     price numeric(precise, 2)
                      |           ^^^^^^^^^^^^^^^^^^^
                hint: a built-in type takes numbers only, as in numeric(12,2)

                1 error
                """),
            new Case("several problems at once", """
                core {
                  table customer {
                    id     integr primary key
                    email  text
                    email  text
                  }
                }
                facade api version 1 {
                  grant select on customers to app
                }
                """,
                """
                schema.strata:3:12: error[S1301]: unknown type 'integr' in column 'customer.id'
                    3 |     id     integr primary key
                      |            ^^^^^^
                hint: did you mean 'integer'?

                schema.strata:5:5: error[S1003]: column 'email' is declared twice in table 'customer'
                    5 |     email  text
                      |     ^^^^^^^^^^^
                hint: remove one of them, or rename it
                note: schema.strata:4:5: the column 'email' is first declared here
                    4 |     email  text
                      |     ^^^^^^^^^^^

                schema.strata:9:3: error[S1503]: grant on 'customers', which is not declared in api v1
                    9 |   grant select on customers to app
                      |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: grants apply to the views, functions and procedures of the same facade version

                3 errors
                """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersExactly(Case c) {
        assertThat(SourceCheck.render(FILE, c.source())).isEqualTo(c.expected());
    }

    @Test
    void theCasesCoverEverySemanticCheckCode() throws Exception {
        var code = Pattern.compile("(?:error|warning)\\[(S1\\d{3})\\]");
        var covered = new TreeSet<String>();
        cases().forEach(c -> code.matcher(c.expected()).results().forEach(m -> covered.add(m.group(1))));

        assertThat(covered).containsAll(DiagnosticsCatalogTest.ruleCodes());
    }
}
