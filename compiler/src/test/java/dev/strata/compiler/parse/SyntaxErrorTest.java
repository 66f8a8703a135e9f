package dev.strata.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.DiagnosticRenderer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken inputs and the exact message a user sees for each: position, caret, words for what was expected, hint.
 * Together they cover every parser diagnostic code.
 */
class SyntaxErrorTest {

    private static final String FILE = "schema/shop.strata";

    record Case(String name, String input, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("column without a type", """
                core {
                  table customer {
                    id bigint primary key
                    email {
                  }
                }
                """,
                        """
                schema/shop.strata:4:11: error[S0101]: expected a column type, found '{'
                    4 |     email {
                      |           ^
                hint: a column is written NAME TYPE [option …], for example email text not null unique

                1 error
                """),
                new Case("enum labels without a comma", """
                core {
                  enum status ('placed' 'paid')
                }
                """,
                        """
                schema/shop.strata:2:25: error[S0101]: expected ',' or ')', found the string 'paid'
                    2 |   enum status ('placed' 'paid')
                      |                         ^^^^^^
                hint: an enum is written enum NAME ('label', …) [comment '…']

                1 error
                """),
                new Case("comma after a column", """
                core {
                  table customer {
                    id bigint,
                    email text
                  }
                }
                """,
                        """
                schema/shop.strata:3:14: error[S0101]: expected a column option, row level security, an index, a column name, a constraint, a trigger, a policy, a comment or '}', found ','
                    3 |     id bigint,
                      |              ^
                hint: columns are not separated by commas in Strata; remove the ','

                1 error
                """),
                new Case("column in a view's braces", """
                core {
                  view films (id bigint) as $$ select 1 $$ {
                    title text
                  }
                }
                """,
                        """
                schema/shop.strata:3:5: error[S0101]: expected an index, a trigger or '}', found 'title'
                    3 |     title text
                      |     ^^^^^
                hint: a view is written [materialized] view NAME (COLUMN TYPE [not null] [default VALUE], …) [key (…) …] [comment '…'] as $$ QUERY $$ [{ its indexes or instead of triggers, one per line }]

                1 error
                """),
                new Case("facade without version", """
                facade shop_api {
                }
                """,
                        """
                schema/shop.strata:1:17: error[S0101]: expected 'version', found '{'
                    1 | facade shop_api {
                      |                 ^
                hint: a facade is written facade NAME version N { views, functions, procedures, grants }

                1 error
                """),
                new Case("table outside a block", """
                table customer {
                  id bigint
                }
                """,
                        """
                schema/shop.strata:1:1: error[S0101]: expected 'core', 'facade' or end of file, found 'table'
                    1 | table customer {
                      | ^^^^^
                hint: declarations go inside a block: core { … } or facade NAME version N { … }

                1 error
                """),
                new Case("misspelt key word", """
                core {
                  tabel customer {
                    id bigint
                  }
                }
                """,
                        """
                schema/shop.strata:2:3: error[S0101]: expected 'extension', 'collation', 'enum', 'domain', 'sequence', 'table', 'partition', 'materialized', 'view', 'function', 'procedure' or '}', found 'tabel'
                    2 |   tabel customer {
                      |   ^^^^^
                hint: did you mean 'table'?

                1 error
                """),
                new Case("table inside a facade", """
                facade shop_api version 1 {
                  table customer { id bigint }
                }
                """,
                        """
                schema/shop.strata:2:3: error[S0101]: expected 'materialized', 'view', 'function', 'procedure', 'grant' or '}', found 'table'
                    2 |   table customer { id bigint }
                      |   ^^^^^
                hint: a facade holds views, functions, procedures and grants; declare tables in core { … }

                1 error
                """),
                new Case("unknown foreign key action", """
                core {
                  table purchase {
                    customer_id bigint references customer (id) on delete nothing
                  }
                }
                """,
                        """
                schema/shop.strata:3:59: error[S0101]: expected 'no', 'restrict', 'cascade' or 'set', found 'nothing'
                    3 |     customer_id bigint references customer (id) on delete nothing
                      |                                                           ^^^^^^^
                hint: foreign key options are match full|simple; on delete|on update followed by no action, restrict, cascade, set null or set default; [not] deferrable; initially deferred|immediate; not valid

                1 error
                """),
                new Case("misspelt trigger event", """
                core {
                  table customer {
                    trigger touch before upsert execute function touch()
                  }
                }
                """,
                        """
                schema/shop.strata:3:26: error[S0101]: expected 'insert', 'update', 'delete' or 'truncate', found 'upsert'
                    3 |     trigger touch before upsert execute function touch()
                      |                          ^^^^^^
                hint: did you mean 'insert'?

                1 error
                """),
                new Case("default with an operator", """
                core {
                  table item {
                    price numeric default 1 + 2
                  }
                }
                """,
                        """
                schema/shop.strata:3:29: error[S0101]: expected a column option, row level security, an index, a column name, a constraint, a trigger, a policy, a comment or '}', found '+'
                    3 |     price numeric default 1 + 2
                      |                             ^
                hint: a default that is more than one value must be in parentheses, for example default (price * 2)

                1 error
                """),
                new Case("block not closed", """
                core {
                  table customer {
                    id bigint
                  }
                """,
                        """
                schema/shop.strata:5:1: error[S0101]: expected 'extension', 'collation', 'enum', 'domain', 'sequence', 'table', 'partition', 'materialized', 'view', 'function', 'procedure' or '}', found end of file
                    5 |
                      | ^
                hint: a core block holds extensions, collations, enums, domains, sequences, tables, partitions, views, functions and procedures
                note: schema/shop.strata:1:6: this '{' is not closed
                    1 | core {
                      |      ^

                1 error
                """),
                new Case("index expression without parentheses", """
                core {
                  table customer {
                    email text
                    index (lower(email))
                  }
                }
                """,
                        """
                schema/shop.strata:4:17: error[S0101]: expected 'collate', an operator class, 'asc', 'desc', 'nulls', ',' or ')', found '('
                    4 |     index (lower(email))
                      |                 ^
                hint: an expression in an index goes in its own parentheses, for example index ((lower(email)))

                1 error
                """),
                new Case("check without parentheses", """
                core {
                  table item {
                    price numeric check price > 0
                  }
                }
                """,
                        """
                schema/shop.strata:3:25: error[S0101]: expected a parenthesised SQL expression, found 'price'
                    3 |     price numeric check price > 0
                      |                         ^^^^^
                hint: SQL expressions are written in parentheses, for example check (price >= 0)

                1 error
                """),
                new Case("misspelt column option", """
                core {
                  table customer {
                    email text nto null
                  }
                }
                """,
                        """
                schema/shop.strata:3:20: error[S0101]: expected a column type, found 'null'
                    3 |     email text nto null
                      |                    ^^^^
                hint: 'nto' was read as the name of a new column; if it was meant as an option of the column before it, check its spelling

                1 error
                """),
                new Case("renamed without from", """
                core {
                  table customer {
                    full_name text renamed to name
                  }
                }
                """,
                        """
                schema/shop.strata:3:28: error[S0101]: expected 'from', found 'to'
                    3 |     full_name text renamed to name
                      |                            ^^
                hint: a column is written NAME TYPE [option …], for example email text not null unique

                1 error
                """),
                new Case("grant without roles", """
                facade shop_api version 1 {
                  grant select on customers
                }
                """,
                        """
                schema/shop.strata:3:1: error[S0101]: expected 'to', found '}'
                    3 | }
                      | ^
                hint: a grant is written grant PRIVILEGE[, …] on OBJECT to ROLE[, …]

                1 error
                """),
                new Case("function without a return type", """
                facade shop_api version 1 {
                  function total(id bigint) returns as $$ select 1 $$
                }
                """,
                        """
                schema/shop.strata:2:37: error[S0101]: expected a return type, found 'as'
                    2 |   function total(id bigint) returns as $$ select 1 $$
                      |                                     ^^
                hint: a function is written function NAME([MODE] NAME TYPE [default VALUE], …) returns [setof] TYPE | table (NAME TYPE, …) [language L] [immutable|stable|volatile] [security definer|invoker] [strict] [parallel safe|restricted|unsafe] [leakproof] [cost N] [rows N] [set NAME = VALUE, … | set NAME from current] [comment '…'] as $$ BODY $$

                1 error
                """),
                new Case("multi-word type misspelt", """
                core {
                  table event {
                    at timestamp with zone
                  }
                }
                """,
                        """
                schema/shop.strata:3:23: error[S0101]: expected 'time', found 'zone'
                    3 |     at timestamp with zone
                      |                       ^^^^
                hint: types are written as in PostgreSQL, for example numeric(12,2), timestamp(3) with time zone, double precision, character varying(20), text[]

                1 error
                """),
                new Case("unterminated body", """
                facade shop_api version 1 {
                  view customers (id bigint) as $$
                    select id from core.customer
                }
                """,
                        """
                schema/shop.strata:2:33: error[S0102]: this $$ body is never closed
                    2 |   view customers (id bigint) as $$
                      |                                 ^^
                hint: end the body with $$; a body cannot contain $$ itself

                1 error
                """),
                new Case("unterminated string", """
                core {
                  enum status ('placed', 'paid)
                }
                """,
                        """
                schema/shop.strata:2:26: error[S0103]: this string is never closed
                    2 |   enum status ('placed', 'paid)
                      |                          ^
                hint: end it with ' (write '' for a quote inside the string)

                1 error
                """),
                new Case("unterminated block comment", """
                core {
                  /* the customers
                  table customer { id bigint }
                }
                """,
                        """
                schema/shop.strata:2:3: error[S0104]: this comment is never closed
                    2 |   /* the customers
                      |   ^^
                hint: end it with */

                1 error
                """),
                new Case("unclosed parenthesis in a check", """
                core {
                  table item {
                    price numeric check (price > (0)
                    name text
                  }
                }
                """,
                        """
                schema/shop.strata:3:25: error[S0105]: this '(' is never closed
                    3 |     price numeric check (price > (0)
                      |                         ^
                hint: add the missing ')'; Strata reads SQL up to the matching ')', and parentheses inside strings and comments do not count

                1 error
                """),
                new Case("extra closing parenthesis", """
                core {
                  table item {
                    price numeric check (price > 0))
                  }
                }
                """,
                        """
                schema/shop.strata:3:36: error[S0105]: this ')' has no matching '('
                    3 |     price numeric check (price > 0))
                      |                                    ^
                hint: remove it, or add the '(' it was meant to close

                1 error
                """),
                new Case("reserved word as a column name", """
                core {
                  table booking {
                    from date not null
                  }
                }
                """,
                        """
                schema/shop.strata:3:5: error[S0106]: 'from' is a reserved word and cannot be used as a column name without quotes
                    3 |     from date not null
                      |     ^^^^
                hint: write it in double quotes to use it as a name: "from"

                1 error
                """),
                new Case("reserved word as a table name", """
                core {
                  table select { id bigint }
                }
                """,
                        """
                schema/shop.strata:2:9: error[S0106]: 'select' is a reserved word and cannot be used as a table name without quotes
                    2 |   table select { id bigint }
                      |         ^^^^^^
                hint: write it in double quotes to use it as a name: "select"

                1 error
                """),
                new Case("body without $$", """
                facade shop_api version 1 {
                  view customers (id bigint) as select id from core.customer
                }
                """,
                        """
                schema/shop.strata:2:33: error[S0107]: expected a $$-quoted body, found 'select'
                    2 |   view customers (id bigint) as select id from core.customer
                      |                                 ^^^^^^
                hint: write the SQL between $$ markers, for example as $$ select 1 $$

                1 error
                """),
                new Case("tagged dollar quotes", """
                facade shop_api version 1 {
                  function one() returns int language sql as $body$ select 1 $body$
                }
                """,
                        """
                schema/shop.strata:2:46: error[S0107]: expected a $$-quoted body, found '$'
                    2 |   function one() returns int language sql as $body$ select 1 $body$
                      |                                              ^
                hint: write the body between $$ markers: as $$ … $$ (tagged quotes such as $body$ are not supported)

                1 error
                """),
                new Case("body in single quotes", """
                facade shop_api version 1 {
                  function one() returns int language sql as 'select 1'
                }
                """,
                        """
                schema/shop.strata:2:46: error[S0107]: expected a $$-quoted body, found the string 'select 1'
                    2 |   function one() returns int language sql as 'select 1'
                      |                                              ^^^^^^^^^^
                hint: write the body between $$ markers instead of quotes: as $$ … $$

                1 error
                """),
                new Case("semicolon after a column", """
                core {
                  table customer {
                    id bigint;
                  }
                }
                """,
                        """
                schema/shop.strata:3:14: error[S0108]: unexpected ';'
                    3 |     id bigint;
                      |              ^
                hint: Strata declarations do not end with ';'; remove it

                1 error
                """),
                new Case("unterminated quoted name", """
                core {
                  table "Customer {
                    id bigint
                  }
                }
                """,
                        """
                schema/shop.strata:2:9: error[S0109]: this quoted name is never closed
                    2 |   table "Customer {
                      |         ^
                hint: end it with " (write "" for a quote inside the name)

                1 error
                """),
                new Case("empty quoted name", """
                core {
                  table "" { id bigint }
                }
                """,
                        """
                schema/shop.strata:2:9: error[S0110]: a quoted name cannot be empty
                    2 |   table "" { id bigint }
                      |         ^^
                hint: write a name between the quotes, or remove them

                1 error
                """),
                new Case("two primary keys", """
                core {
                  table customer {
                    id bigint primary key
                    email text primary key
                  }
                }
                """,
                        """
                schema/shop.strata:4:16: error[S0201]: table 'customer' has more than one primary key
                    4 |     email text primary key
                      |                ^^^^^^^^^^^
                hint: a table has one primary key; for a key over several columns write it once in the table: primary key (a, b)
                note: schema/shop.strata:3:15: the first primary key is here
                    3 |     id bigint primary key
                      |               ^^^^^^^^^^^

                1 error
                """),
                new Case("default given twice", """
                core {
                  table customer {
                    active boolean default true default false
                  }
                }
                """,
                        """
                schema/shop.strata:3:33: error[S0202]: column 'active' has 'default' twice
                    3 |     active boolean default true default false
                      |                                 ^^^^^^^^^^^^^
                hint: remove one of them
                note: schema/shop.strata:3:20: 'default' is first given here
                    3 |     active boolean default true default false
                      |                    ^^^^^^^^^^^^

                1 error
                """),
                new Case("table comment given twice", """
                core {
                  table customer {
                    id bigint
                    comment 'People'
                    comment 'Customers'
                  }
                }
                """,
                        """
                schema/shop.strata:5:5: error[S0202]: table 'customer' has 'comment' twice
                    5 |     comment 'Customers'
                      |     ^^^^^^^^^^^^^^^^^^^
                hint: remove one of them
                note: schema/shop.strata:4:5: 'comment' is first given here
                    4 |     comment 'People'
                      |     ^^^^^^^^^^^^^^^^

                1 error
                """),
                new Case("row level security enabled twice", """
                core {
                  table customer {
                    id bigint
                    enable row level security
                    force row level security
                    enable row level security
                  }
                }
                """,
                        """
                schema/shop.strata:6:5: error[S0202]: table 'customer' has 'enable row level security' twice
                    6 |     enable row level security
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^
                hint: remove one of them
                note: schema/shop.strata:4:5: 'enable row level security' is first given here
                    4 |     enable row level security
                      |     ^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
                new Case("storage parameter given twice", """
                core {
                  table customer {
                    id bigint
                    index customer_id (id) with (fillfactor = 70, fillfactor = 80)
                  }
                }
                """,
                        """
                schema/shop.strata:4:51: error[S0202]: index 'customer_id' has 'fillfactor' twice
                    4 |     index customer_id (id) with (fillfactor = 70, fillfactor = 80)
                      |                                                   ^^^^^^^^^^^^^^^
                hint: remove one of them
                note: schema/shop.strata:4:34: 'fillfactor' is first given here
                    4 |     index customer_id (id) with (fillfactor = 70, fillfactor = 80)
                      |                                  ^^^^^^^^^^^^^^^

                1 error
                """),
                new Case("identity and default", """
                core {
                  table customer {
                    id bigint generated always as identity default 1
                  }
                }
                """,
                        """
                schema/shop.strata:3:44: error[S0203]: column 'id' has both 'generated always as identity' and 'default'
                    3 |     id bigint generated always as identity default 1
                      |                                            ^^^^^^^^^
                hint: a column gets its value from one of 'default', an identity or a generated expression; keep one
                note: schema/shop.strata:3:15: 'generated always as identity' is given here
                    3 |     id bigint generated always as identity default 1
                      |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^

                1 error
                """),
                new Case("null and not null", """
                core {
                  domain email text not null null
                }
                """,
                        """
                schema/shop.strata:2:30: error[S0203]: domain 'email' has both 'not null' and 'null'
                    2 |   domain email text not null null
                      |                              ^^^^
                hint: 'not null' and 'null' contradict each other; keep one
                note: schema/shop.strata:2:21: 'not null' is given here
                    2 |   domain email text not null null
                      |                     ^^^^^^^^

                1 error
                """),
                new Case("facade version out of range", """
                facade shop_api version 3000000000 {
                }
                """,
                        """
                schema/shop.strata:1:25: error[S0204]: facade version 3000000000 is out of range
                    1 | facade shop_api version 3000000000 {
                      |                         ^^^^^^^^^^
                hint: facade versions are whole numbers up to 2147483647

                1 error
                """),
                new Case("sequence start out of range", """
                core {
                  sequence invoice start 99999999999999999999
                }
                """,
                        """
                schema/shop.strata:2:26: error[S0204]: start 99999999999999999999 is out of range
                    2 |   sequence invoice start 99999999999999999999
                      |                          ^^^^^^^^^^^^^^^^^^^^
                hint: use a value between -9223372036854775808 and 9223372036854775807

                1 error
                """),
                new Case("unnamed parameter at another position", """
                core {
                  function pick($1 integer, $3 integer) returns integer language sql as $$ select $2 $$
                }
                """,
                        """
                schema/shop.strata:2:29: error[S0205]: unnamed parameter $3 is parameter 2 of the list
                    2 |   function pick($1 integer, $3 integer) returns integer language sql as $$ select $2 $$
                      |                             ^^
                hint: an unnamed parameter is written as its position, which the body uses: write $2

                1 error
                """),
                new Case("missing closing brace before the next table", """
                core {
                  table a {
                    id bigint
                  table b {
                    id bigint
                  }
                }
                """,
                        """
                schema/shop.strata:4:3: error[S0101]: expected a column option, row level security, an index, a column name, a constraint, a trigger, a policy, a comment or '}', found 'table'
                    4 |   table b {
                      |   ^^^^^
                hint: is a '}' missing before it? The table above is not closed

                1 error
                """),
                new Case("SQL statement instead of a declaration", """
                create table customer (id bigint);
                """,
                        """
                schema/shop.strata:1:1: error[S0101]: expected 'core', 'facade' or end of file, found 'create'
                    1 | create table customer (id bigint);
                      | ^^^^^^
                hint: Strata declares what the schema is rather than how to change it: write table NAME { … } inside core { … } instead of SQL statements

                1 error
                """),
                new Case("not deferrable but initially deferred", """
                core {
                  table purchase {
                    customer_id bigint references customer not deferrable initially deferred
                  }
                }
                """,
                        """
                schema/shop.strata:3:59: error[S0203]: the foreign key on column 'customer_id' has both 'not deferrable' and 'initially deferred'
                    3 |     customer_id bigint references customer not deferrable initially deferred
                      |                                                           ^^^^^^^^^^^^^^^^^^
                hint: only a deferrable key can be initially deferred; keep one of them
                note: schema/shop.strata:3:44: 'not deferrable' is given here
                    3 |     customer_id bigint references customer not deferrable initially deferred
                      |                                            ^^^^^^^^^^^^^^

                1 error
                """),
                new Case("match full and match simple", """
                core {
                  table purchase {
                    customer_id bigint references customer match full match simple
                  }
                }
                """,
                        """
                schema/shop.strata:3:55: error[S0203]: the foreign key on column 'customer_id' has both 'match full' and 'match simple'
                    3 |     customer_id bigint references customer match full match simple
                      |                                                       ^^^^^^^^^^^^
                hint: keep either 'match full' or 'match simple'
                note: schema/shop.strata:3:44: 'match full' is given here
                    3 |     customer_id bigint references customer match full match simple
                      |                                            ^^^^^^^^^^

                1 error
                """),
                new Case("primary key not deferrable but initially deferred", """
                core {
                  table purchase {
                    id bigint primary key not deferrable initially deferred
                  }
                }
                """,
                        """
                schema/shop.strata:3:42: error[S0203]: the primary key on column 'id' has both 'not deferrable' and 'initially deferred'
                    3 |     id bigint primary key not deferrable initially deferred
                      |                                          ^^^^^^^^^^^^^^^^^^
                hint: only a deferrable key can be initially deferred; keep one of them
                note: schema/shop.strata:3:27: 'not deferrable' is given here
                    3 |     id bigint primary key not deferrable initially deferred
                      |                           ^^^^^^^^^^^^^^

                1 error
                """),
                new Case("trigger event given twice", """
                core {
                  table purchase {
                    trigger audit after insert or insert execute function audit()
                  }
                }
                """,
                        """
                schema/shop.strata:3:35: error[S0202]: trigger 'audit' has 'insert' twice
                    3 |     trigger audit after insert or insert execute function audit()
                      |                                   ^^^^^^
                hint: remove one of them
                note: schema/shop.strata:3:25: 'insert' is first given here
                    3 |     trigger audit after insert or insert execute function audit()
                      |                         ^^^^^^

                1 error
                """)
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersTheProblemExactly(Case c) {
        assertThat(render(c.input())).isEqualTo(c.expected());
    }

    @Test
    void theCasesCoverEveryParserCode() {
        var covered = cases().stream()
                .flatMap(c -> new StrataParser().parse(FILE, c.input()).diagnostics().stream())
                .map(d -> d.code())
                .collect(Collectors.toSet());
        covered.add(SyntaxCode.NESTING_TOO_DEEP.code());
        var all = Arrays.stream(SyntaxCode.values()).map(SyntaxCode::code).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(all);
        assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void nestingDeeperThanTheLimitIsADiagnosticNotACrash() {
        var input = "core { table t { a int check (" + "(".repeat(100_000) + ")".repeat(100_000) + ") } }";
        var result = new StrataParser().parse(FILE, input);
        assertThat(result.diagnostics()).hasSize(1);
        var diagnostic = result.diagnostics().get(0);
        assertThat(diagnostic.code()).isEqualTo("S0111");
        assertThat(diagnostic.message()).isEqualTo("parentheses are nested more than 1000 levels deep");
        assertThat(diagnostic.span().column()).isEqualTo(30 + Nesting.MAX_DEPTH);
    }

    @Test
    void nestingUpToTheLimitParses() {
        int inside = Nesting.MAX_DEPTH - 1;
        var input = "core { table t { a int check (" + "(".repeat(inside) + "a" + ")".repeat(inside) + ") } }";
        assertThat(new StrataParser().parse(FILE, input).diagnostics()).isEmpty();
        var arrays = "core { table t { a int[] default ARRAY[" + "ARRAY[".repeat(inside - 1) + "1"
                + "]".repeat(inside) + " } }";
        assertThat(new StrataParser().parse(FILE, arrays).diagnostics()).isEmpty();
    }

    @Test
    void parsingStopsAtTheFirstSyntaxErrorOfAFile() {
        var result = new StrataParser().parse(FILE, "core {\n  table a { x }\n  table b { y }\n  tabel c {}\n}\n");
        assertThat(result.diagnostics()).hasSize(1);
        assertThat(result.diagnostics().get(0).span().line()).isEqualTo(2);
        assertThat(result.unit().blocks()).isEmpty();
    }

    @Test
    void nothingIsPrintedWhileParsing() {
        var err = new ByteArrayOutputStream();
        var out = new ByteArrayOutputStream();
        var originalErr = System.err;
        var originalOut = System.out;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            cases().forEach(c -> new StrataParser().parse(FILE, c.input()));
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void messagesNeverShowGrammarInternals() {
        var internal = Set.of("IDENTIFIER", "QUOTED_IDENTIFIER", "DOLLAR_BODY", "<EOF>", "mismatched input",
                "no viable alternative", "extraneous input");
        Stream.concat(cases().stream().map(Case::input), Stream.of("core {", "facade", "core { table t { a", "}"))
                .flatMap(input -> new StrataParser().parse(FILE, input).diagnostics().stream())
                .forEach(d -> assertThat(d.message()).doesNotContain(internal)
                        .doesNotContainPattern("\\{'?\\w+'?, "));
    }

    private static String render(String input) {
        var result = new StrataParser().parse(FILE, input);
        return DiagnosticRenderer.render(result.diagnostics(), Map.of(FILE, input), false);
    }
}
