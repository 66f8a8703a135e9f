package dev.strata.compiler.parse;

import static dev.strata.compiler.parse.Fixtures.AT;
import static dev.strata.compiler.parse.Fixtures.array;
import static dev.strata.compiler.parse.Fixtures.column;
import static dev.strata.compiler.parse.Fixtures.core;
import static dev.strata.compiler.parse.Fixtures.declaration;
import static dev.strata.compiler.parse.Fixtures.facade;
import static dev.strata.compiler.parse.Fixtures.notNull;
import static dev.strata.compiler.parse.Fixtures.parse;
import static dev.strata.compiler.parse.Fixtures.table;
import static dev.strata.compiler.parse.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.Domain;
import dev.strata.compiler.model.EnumType.EnumValue;
import dev.strata.compiler.model.EnumType;
import dev.strata.compiler.model.Extension;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.ForeignKey.Action;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Grant.Privilege;
import dev.strata.compiler.model.Grant;
import dev.strata.compiler.model.Identity;
import dev.strata.compiler.model.Index.Direction;
import dev.strata.compiler.model.Index.IndexElement;
import dev.strata.compiler.model.Index.Nulls;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Parameter.Mode;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Policy;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Routine.Returns;
import dev.strata.compiler.model.Routine.RoutineKind;
import dev.strata.compiler.model.Routine.Security;
import dev.strata.compiler.model.Routine.Volatility;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RoutineOptions.Parallel;
import dev.strata.compiler.model.RoutineOptions.Setting;
import dev.strata.compiler.model.RowSecurity;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger.Event;
import dev.strata.compiler.model.Trigger.Timing;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeChange;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per construct of the language: the exact model the parser builds for it. */
class TranslatorTest {

    @Test
    void extension() {
        assertThat(declaration("extension pgcrypto")).isEqualTo(new Extension("pgcrypto", AT));
        assertThat(declaration("extension \"uuid-ossp\"")).isEqualTo(new Extension("uuid-ossp", AT));
    }

    @Test
    void enumWithLabelsInOrderAndComment() {
        assertThat(declaration("enum order_status ('placed', 'paid', 'it''s', E'tab\\there') comment 'States'"))
                .isEqualTo(new EnumType("order_status", List.of(new EnumValue("placed", AT),
                        new EnumValue("paid", AT), new EnumValue("it's", AT), new EnumValue("tab\there", AT)),
                        "States", AT));
    }

    @Test
    void domainWithEveryOption() {
        var domain = declaration("domain email text not null default '' constraint has_at check (value ~ '@') "
                + "check (length(value) < 255) comment 'An address'");
        assertThat(domain).isEqualTo(new Domain("email", type("text"), true, "''",
                List.of(new Check("has_at", null, "value ~ '@'", AT), new Check(null, null, "length(value) < 255", AT)),
                "An address", AT));
    }

    @Test
    void domainWithoutOptions() {
        assertThat(declaration("domain price numeric(12,2)"))
                .isEqualTo(new Domain("price", type("numeric", "12", "2"), false, null, List.of(), null, AT));
    }

    @Test
    void sequenceWithEveryOption() {
        var sequence = declaration("sequence invoice_number as bigint start with 1000 increment by -2 minvalue -10 "
                + "maxvalue 99999 cache 5 cycle owned by purchase.number");
        assertThat(sequence).isEqualTo(new Sequence("invoice_number", type("bigint"), 1000L, -2L, -10L, 99999L, 5L,
                true, "purchase.number", AT));
    }

    @Test
    void sequenceOptionsNotWrittenAreNull() {
        assertThat(declaration("sequence s start 1 increment 1 no cycle"))
                .isEqualTo(new Sequence("s", null, 1L, 1L, null, null, null, false, null, AT));
        assertThat(declaration("sequence s"))
                .isEqualTo(new Sequence("s", null, null, null, null, null, null, false, null, AT));
    }

    @Test
    void columnWithEveryColumnOption() {
        var table = table("""
                id bigint generated always as identity
                code text not null default 'x'::text collate "C" comment 'The code' renamed from old_code
                area int generated always as (width * height) stored
                seq bigint generated by default as identity null
                """);
        assertThat(table.columns()).containsExactly(
                new Column("id", type("bigint"), false, null, Identity.ALWAYS, null, null, null, null, null, AT),
                new Column("code", type("text"), true, "'x'::text", null, null, "C", "The code", "old_code", null, AT),
                new Column("area", type("int"), false, null, null, "width * height", null, null, null, null, AT),
                new Column("seq", type("bigint"), false, null, Identity.BY_DEFAULT, null, null, null, null, null,
                        AT));
    }

    @Test
    void collationAsQuotedNameStringOrBareWord() {
        var table = table("""
                a text collate "de-DE"
                b text collate 'en_US.utf8'
                c text collate POSIX
                """);
        assertThat(table.columns()).extracting(Column::collation).containsExactly("de-DE", "en_US.utf8", "posix");
    }

    @Test
    void conversionsForTypeChanges() {
        var table = table("""
                a varchar(10) using (a::varchar(10)) reverse (a::text)
                b int using (round(b)) irreversible
                c bigint using (c::bigint)
                d int irreversible
                e bigint reverse (e::int)
                """);
        assertThat(table.columns()).extracting(Column::typeChange).containsExactly(
                new TypeChange("a::varchar(10)", "a::text", false, AT),
                new TypeChange("round(b)", null, true, AT),
                new TypeChange("c::bigint", null, false, AT),
                new TypeChange(null, null, true, AT),
                new TypeChange(null, "e::int", false, AT));
    }

    @Test
    void columnConstraintsMoveToTheTable() {
        var table = table("""
                id bigint constraint customer_pk primary key
                email text unique nulls not distinct
                code text constraint code_key unique
                total numeric check (total >= 0)
                owner bigint constraint owner_fk references person (id) on delete cascade on update set null
                parent bigint references t
                """);
        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey("customer_pk", List.of("id"), AT));
        assertThat(table.uniques()).containsExactly(new UniqueConstraint(null, List.of("email"), true, AT),
                new UniqueConstraint("code_key", List.of("code"), false, AT));
        assertThat(table.checks()).containsExactly(new Check(null, "total", "total >= 0", AT));
        assertThat(table.foreignKeys()).containsExactly(
                new ForeignKey("owner_fk", List.of("owner"), "person", List.of("id"), Action.CASCADE,
                        Action.SET_NULL, false, false, AT),
                new ForeignKey(null, List.of("parent"), "t", List.of(), null, null, false, false, AT));
        assertThat(table.columns()).containsExactly(column("id", type("bigint")), column("email", type("text")),
                column("code", type("text")), column("total", type("numeric")), column("owner", type("bigint")),
                column("parent", type("bigint")));
    }

    @Test
    void tableConstraints() {
        var table = table("""
                a int
                b int
                constraint ab_pk primary key (a, b)
                unique nulls distinct (b, a)
                constraint positive check (a > 0 and b > 0)
                check (a <> b)
                """);
        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey("ab_pk", List.of("a", "b"), AT));
        assertThat(table.uniques()).containsExactly(new UniqueConstraint(null, List.of("b", "a"), false, AT));
        assertThat(table.checks()).containsExactly(new Check("positive", null, "a > 0 and b > 0", AT),
                new Check(null, null, "a <> b", AT));
    }

    @Test
    void compositeForeignKeyWithActionsAndDeferral() {
        var table = table("""
                a int
                b int
                constraint pair_fk foreign key (a, b) references pair (x, y)
                    on delete restrict on update no action deferrable initially deferred
                foreign key (b) references other on delete set default initially immediate
                foreign key (a) references third (id) not deferrable
                foreign key (a) references fourth (id) initially deferred
                """);
        assertThat(table.foreignKeys()).containsExactly(
                new ForeignKey("pair_fk", List.of("a", "b"), "pair", List.of("x", "y"), Action.RESTRICT,
                        Action.NO_ACTION, true, true, AT),
                new ForeignKey(null, List.of("b"), "other", List.of(), Action.SET_DEFAULT, null, false, false, AT),
                new ForeignKey(null, List.of("a"), "third", List.of("id"), null, null, false, false, AT),
                new ForeignKey(null, List.of("a"), "fourth", List.of("id"), null, null, true, true, AT));
    }

    @Test
    void notValidNoInheritAndMatchFull() {
        var table = table("""
                a int check (a > 0) not valid references other (id) on delete cascade not valid not null
                b int references third match full not valid
                constraint small check (a < 10) no inherit not valid
                constraint pair foreign key (a, b) references pair (x, y) match simple deferrable not valid
                check (b <> 0) no inherit
                """);
        assertThat(table.checks()).containsExactly(new Check(null, "a", "a > 0", true, false, AT),
                new Check("small", null, "a < 10", true, true, AT), new Check(null, null, "b <> 0", false, true, AT));
        assertThat(table.foreignKeys()).containsExactly(
                new ForeignKey(null, List.of("a"), "other", List.of("id"), Action.CASCADE, null, false, false, true,
                        false, AT),
                new ForeignKey(null, List.of("b"), "third", List.of(), null, null, false, false, true, true, AT),
                new ForeignKey("pair", List.of("a", "b"), "pair", List.of("x", "y"), null, null, true, false, true,
                        false, AT));
        assertThat(table.column("a").orElseThrow().notNull()).isTrue();
    }

    @Test
    void deferrableKeysAndUniqueConstraints() {
        var table = table("""
                a int primary key deferrable initially deferred not null
                b int unique deferrable
                c int unique nulls not distinct initially deferred
                d int unique not deferrable initially immediate
                constraint cd unique (c, d) deferrable initially immediate
                """);
        assertThat(table.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("a"), true, true, AT));
        assertThat(table.uniques()).containsExactly(new UniqueConstraint(null, List.of("b"), false, true, false, AT),
                new UniqueConstraint(null, List.of("c"), true, true, true, AT),
                new UniqueConstraint(null, List.of("d"), false, false, false, AT),
                new UniqueConstraint("cd", List.of("c", "d"), false, true, false, AT));
        assertThat(table("a int\nprimary key (a) deferrable").primaryKey())
                .isEqualTo(new PrimaryKey(null, List.of("a"), true, false, AT));
    }

    @Test
    void exclusionConstraints() {
        var table = table("""
                room int
                during tstzrange
                note text
                exclude using gist (during with &&)
                constraint busy exclude using gist ((int4range(room, room)) int4range_ops with &&, during with &&) \
                include (note) where (note is null) deferrable initially deferred
                exclude (room with =) not deferrable
                """);
        var room = new IndexElement("room", null, null, null, null, null, AT);
        var during = new IndexElement("during", null, null, null, null, null, AT);
        var range = new IndexElement(null, "int4range(room, room)", null, "int4range_ops", null, null, AT);
        assertThat(table.exclusions()).containsExactly(
                new Exclusion(null, "gist", List.of(new Exclusion.Element(during, "&&")), List.of(), null, false,
                        false, AT),
                new Exclusion("busy", "gist", List.of(new Exclusion.Element(range, "&&"),
                        new Exclusion.Element(during, "&&")), List.of("note"), "note is null", true, true, AT),
                new Exclusion(null, null, List.of(new Exclusion.Element(room, "=")), List.of(), null, false, false,
                        AT));
        assertThat(table("exclude int\nx text").columns()).extracting(Column::name).containsExactly("exclude", "x");
    }

    @Test
    void anExclusionOperatorIsOperatorCharactersWrittenTogether() {
        var spaced = new StrataParser().parse("t.strata", "core {\n table t {\n  r int4range\n"
                + "  exclude using gist (r with & &)\n }\n}\n");
        assertThat(spaced.diagnostics()).extracting(d -> d.code() + " " + d.message())
                .containsExactly("S0101 '& &' is not an operator");
        var semicolon = new StrataParser().parse("t.strata", "core {\n table t {\n  r int4range\n"
                + "  exclude using gist (r with &;)\n }\n}\n");
        assertThat(semicolon.diagnostics()).extracting(d -> d.code()).contains("S0101");
    }

    @Test
    void indexWithEveryFeature() {
        var table = table("""
                email text
                created_at timestamptz
                unique index by_email using btree ((lower(email)) collate "C" text_pattern_ops desc nulls last, \
                created_at asc nulls first) include (created_at) nulls not distinct where (email is not null)
                index (created_at)
                index recent using brin (created_at)
                """);
        assertThat(table.indexes()).containsExactly(
                new Index("by_email", true, "btree", List.of(
                        new IndexElement(null, "lower(email)", "C", "text_pattern_ops", Direction.DESC, Nulls.LAST, AT),
                        new IndexElement("created_at", null, null, null, Direction.ASC, Nulls.FIRST, AT)),
                        List.of("created_at"), true, "email is not null", AT),
                new Index(null, false, null, List.of(new IndexElement("created_at", null, null, null, null, null, AT)),
                        List.of(), false, null, AT),
                new Index("recent", false, "brin", List.of(new IndexElement("created_at", null, null, null, null,
                        null, AT)), List.of(), false, null, AT));
    }

    @Test
    void triggers() {
        var table = table("""
                email text
                trigger touch before insert or update of email, name for each row when (new.email is not null) \
                execute function set_updated_at('a''b', -1, 2.5, word)
                trigger audit after delete or truncate for each statement execute procedure audit()
                trigger instead instead of insert execute log_it()
                """);
        assertThat(table.triggers()).containsExactly(
                new Trigger("touch", Timing.BEFORE, List.of(Event.INSERT, Event.UPDATE), List.of("email", "name"),
                        true, "new.email is not null", "set_updated_at", List.of("'a''b'", "-1", "2.5", "word"), AT),
                new Trigger("audit", Timing.AFTER, List.of(Event.DELETE, Event.TRUNCATE), List.of(), false, null,
                        "audit", List.of(), AT),
                new Trigger("instead", Timing.INSTEAD_OF, List.of(Event.INSERT), List.of(), false, null, "log_it",
                        List.of(), AT));
    }

    @Test
    void rowSecurityAndPolicies() {
        var table = table("""
                id bigint
                force row level security
                policy read_own for select to reader, Writer, public using (owner = current_user)
                enable row level security
                policy "Write" as restrictive for update using (true) with check (owner = current_user)
                policy add_rows as permissive for insert to public with check ((owner) = current_user)
                enable bigint
                force text
                policy text
                """);
        assertThat(table.rowSecurityEnabled()).isTrue();
        assertThat(table.rowSecurityForced()).isTrue();
        assertThat(table.rowSecurity()).extracting(RowSecurity::setting)
                .containsExactly(RowSecurity.Setting.ENABLE, RowSecurity.Setting.FORCE);
        assertThat(table.policies()).containsExactly(
                new Policy("read_own", true, Policy.Command.SELECT, List.of("reader", "writer"),
                        "owner = current_user", null, AT),
                new Policy("Write", false, Policy.Command.UPDATE, List.of(), "true", "owner = current_user", AT),
                new Policy("add_rows", true, Policy.Command.INSERT, List.of(), null, "(owner) = current_user", AT));
        assertThat(table.columns()).extracting(c -> c.name()).containsExactly("id", "enable", "force", "policy");
    }

    @Test
    void tableCommentAndRename() {
        var table = (Table) declaration("""
                table customer renamed from client {
                    id bigint
                    comment 'People who buy things'
                }""");
        assertThat(table).isEqualTo(new Table("customer", List.of(column("id", type("bigint"))), null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "People who buy things", "client", AT));
    }

    @Test
    void aCommentOnTheIndexLineIsTheIndexsOneOnALineOfItsOwnTheTables() {
        var table = table("""
                email text
                index by_email (email) where (email is not null) comment 'Log-in look-up'
                index (email)
                comment 'on the table'
                """);
        assertThat(table.indexes()).extracting(Index::name, Index::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("by_email", "Log-in look-up"),
                org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(table.comment()).isEqualTo("on the table");
    }

    @Test
    void aCommentOnAConstraintsOrTriggersLineIsItsOwnOnAColumnsLineTheColumns() {
        var table = table("""
                id bigint primary key comment 'the column'
                email text
                check (email <> '') comment 'given to the table with its comment'
                parent bigint
                unique (email) comment 'one per address'
                constraint email_short check (length(email) < 100) not valid comment 'short'
                foreign key (parent) references t on delete cascade comment 'the parent'
                exclude using gist (email with =) comment 'no two alike'
                trigger touch before update for each row execute touch() comment 'keeps it fresh'
                trigger other after insert for each row execute touch()
                comment 'on the table'
                """);
        assertThat(table.column("id").orElseThrow().comment()).isEqualTo("the column");
        assertThat(table.primaryKey().comment()).isNull();
        assertThat(table.checks()).extracting(Check::name, Check::column, Check::notValid, Check::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null, false,
                                "given to the table with its comment"),
                        org.assertj.core.groups.Tuple.tuple("email_short", null, true, "short"));
        assertThat(table.column("email").orElseThrow().comment()).isNull();
        assertThat(table.uniques().get(0).comment()).isEqualTo("one per address");
        assertThat(table.foreignKeys().get(0).comment()).isEqualTo("the parent");
        assertThat(table.foreignKeys().get(0).onDelete()).isEqualTo(Action.CASCADE);
        assertThat(table.exclusions().get(0).comment()).isEqualTo("no two alike");
        assertThat(table.triggers()).extracting(Trigger::name, Trigger::comment).containsExactly(
                org.assertj.core.groups.Tuple.tuple("touch", "keeps it fresh"),
                org.assertj.core.groups.Tuple.tuple("other", null));
        assertThat(table.comment()).isEqualTo("on the table");
    }

    @Test
    void aSequenceTakesAComment() {
        var sequence = (Sequence) declaration("sequence ticket start 10 comment 'Support tickets' cycle");
        assertThat(sequence.comment()).isEqualTo("Support tickets");
        assertThat(sequence.start()).isEqualTo(10L);
        assertThat(sequence.cycle()).isTrue();
    }

    @Test
    void checkAndCommentOnTheirOwnLineBelongToTheTable() {
        var table = table("""
                total numeric comment 'on the column'
                    check (total > 0)
                check (total < 100)
                comment 'on the table'
                """);
        assertThat(table.columns().get(0).comment()).isEqualTo("on the column");
        assertThat(table.checks()).containsExactly(new Check(null, "total", "total > 0", AT),
                new Check(null, null, "total < 100", AT));
        assertThat(table.comment()).isEqualTo("on the table");
    }

    @Test
    void types() {
        var table = table("""
                a numeric(12,2)
                b timestamp(3) with time zone
                c timestamp without time zone
                d time with time zone
                e double precision
                f character varying(20)
                g char varying
                h bit varying(8)
                i interval(6)
                j text[][]
                k int[3]
                l TIMESTAMPTZ
                m order_status
                n "Money Type"
                o bit(1)
                """);
        assertThat(table.columns()).extracting(Column::type).containsExactly(type("numeric", "12", "2"),
                type("timestamp with time zone", "3"), type("timestamp without time zone"),
                type("time with time zone"), type("double precision"), type("character varying", "20"),
                type("character varying"), type("bit varying", "8"), type("interval", "6"), array("text", 2),
                array("int", 1), type("timestamptz"), type("order_status"), type("Money Type"), type("bit", "1"));
    }

    @Test
    void coreViewAndFunction() {
        var declarations = core("""
                view active_customers (id bigint) as $$select id from customer$$
                function touch() returns trigger language plpgsql as $$ begin return new; end $$
                """);
        assertThat(declarations).containsExactly(
                new View("active_customers", false, List.of(new ViewColumn("id", type("bigint"), false, null, AT)),
                        List.of(), "select id from customer", null, AT),
                new Routine(RoutineKind.FUNCTION, "touch", List.of(), new Returns(type("trigger"), false, List.of(),
                        AT), "plpgsql", null, null, false, " begin return new; end ", null, AT));
    }

    @Test
    void viewIndexesAndTriggersInBracesAfterTheBody() {
        var declarations = core("""
                materialized view totals (category text, n bigint) as $$ select 1 $$ {
                  unique index (category)
                  index big (n desc) where (n > 1)
                }
                view films (id bigint) as $$ select 2 $$ {
                  trigger films_insert instead of insert or delete for each row execute function add_film('x')
                }
                view plain (id bigint) as $$ select 3 $$
                """);
        var totals = (View) declarations.get(0);
        assertThat(totals.indexes()).containsExactly(
                new Index(null, true, null, List.of(new IndexElement("category", null, null, null, null, null, AT)),
                        List.of(), false, null, AT),
                new Index("big", false, null, List.of(new IndexElement("n", null, null, null, Direction.DESC, null,
                        AT)), List.of(), false, "n > 1", AT));
        assertThat(totals.triggers()).isEmpty();
        var films = (View) declarations.get(1);
        assertThat(films.indexes()).isEmpty();
        assertThat(films.triggers()).containsExactly(new Trigger("films_insert", Timing.INSTEAD_OF,
                List.of(Event.INSERT, Event.DELETE), List.of(), true, null, "add_film",
                List.of("'x'"), AT));
        var plain = (View) declarations.get(2);
        assertThat(plain.indexes()).isEmpty();
        assertThat(plain.triggers()).isEmpty();
    }

    @Test
    void facadeViewsWithKeysColumnDefaultsAndMaterializedViews() {
        var facade = facade("""
                view customers (id bigint not null, email text default 'none', name text) key (id) key (email)
                    comment 'Customers' as $$
                    select id, email, full_name from core.customer
                $$
                materialized view totals (n bigint) as $$ select count(*) from core.customer $$
                """);
        assertThat(facade.views()).containsExactly(
                new View("customers", false, List.of(new ViewColumn("id", type("bigint"), true, null, AT),
                        new ViewColumn("email", type("text"), false, "'none'", AT),
                        new ViewColumn("name", type("text"), false, null, AT)),
                        List.of(List.of("id"), List.of("email")),
                        "\n    select id, email, full_name from core.customer\n", "Customers", AT),
                new View("totals", true, List.of(new ViewColumn("n", type("bigint"), false, null, AT)), List.of(),
                        " select count(*) from core.customer ", null, AT));
    }

    @Test
    void functionsWithParametersReturnTypesAndOptions() {
        var facade = facade("""
                function place_order(in customer_id bigint, total numeric default 0, out id bigint, \
                inout note text, variadic tags text[]) returns setof bigint language SQL volatile security definer \
                strict comment 'Places an order' as $$ insert $$
                function lookup(ids bigint[]) returns table (id bigint, email text) stable security invoker \
                as $$ select $$
                function pure(x int) returns int immutable as $$$$
                """);
        assertThat(facade.routines()).containsExactly(
                new Routine(RoutineKind.FUNCTION, "place_order", List.of(
                        new Parameter("customer_id", Mode.IN, type("bigint"), null, AT),
                        new Parameter("total", null, type("numeric"), "0", AT),
                        new Parameter("id", Mode.OUT, type("bigint"), null, AT),
                        new Parameter("note", Mode.INOUT, type("text"), null, AT),
                        new Parameter("tags", Mode.VARIADIC, array("text", 1), null, AT)),
                        new Returns(type("bigint"), true, List.of(), AT), "sql", Volatility.VOLATILE, Security.DEFINER,
                        true, " insert ", "Places an order", AT),
                new Routine(RoutineKind.FUNCTION, "lookup", List.of(new Parameter("ids", null, array("bigint", 1),
                        null, AT)), new Returns(null, false, List.of(new Parameter("id", null, type("bigint"), null, AT),
                        new Parameter("email", null, type("text"), null, AT)), AT), null, Volatility.STABLE,
                        Security.INVOKER, false, " select ", null, AT),
                new Routine(RoutineKind.FUNCTION, "pure", List.of(new Parameter("x", null, type("int"), null, AT)),
                        new Returns(type("int"), false, List.of(), AT), null, Volatility.IMMUTABLE, null, false, "",
                        null, AT));
    }

    @Test
    void routineOptions() {
        var facade = facade("""
                function rank(q text) returns setof bigint language sql stable parallel safe leakproof cost 0.5 \
                rows 20 set work_mem = '8MB' set search_path = core, "$user", 'pg_temp' set Lock_Timeout to 5 \
                set plpgsql.extra_warnings = all set enable_seqscan = off as $$ select 1 $$
                function plain() returns int not leakproof parallel unsafe set datestyle from current as $$ $$
                procedure tidy() language plpgsql set statement_timeout = '1min' as $$ begin end $$
                """);
        var rank = facade.routines().get(0);
        assertThat(rank.options()).isEqualTo(new RoutineOptions(0.5f, 20f, Parallel.SAFE, true, List.of(
                new Setting("work_mem", List.of("8MB"), false),
                new Setting("search_path", List.of("core", "$user", "pg_temp"), false),
                new Setting("lock_timeout", List.of("5"), false),
                new Setting("plpgsql.extra_warnings", List.of("all"), false),
                new Setting("enable_seqscan", List.of("off"), false))));
        assertThat(facade.routines().get(1).options()).isEqualTo(new RoutineOptions(null, null, Parallel.UNSAFE,
                false, List.of(new Setting("datestyle", List.of(), true))));
        assertThat(facade.routines().get(1).options().normalized()).isEqualTo(new RoutineOptions(null, null, null,
                false, List.of(new Setting("datestyle", List.of(), true))));
        assertThat(facade.routines().get(2).options().settings())
                .containsExactly(new Setting("statement_timeout", List.of("1min"), false));
    }

    @Test
    void unnamedParametersAreWrittenByPosition() {
        var facade = facade("procedure clamp($1 int, lo int, inout $3 int) language sql as $$ select $1 $$");
        assertThat(facade.routines().get(0).parameters()).containsExactly(
                new Parameter(null, null, type("int"), null, AT), new Parameter("lo", null, type("int"), null, AT),
                new Parameter(null, Mode.INOUT, type("int"), null, AT));
    }

    @Test
    void procedures() {
        var facade = facade("procedure archive(before_date date) language plpgsql security definer as $$ begin end $$");
        assertThat(facade.routines()).containsExactly(new Routine(RoutineKind.PROCEDURE, "archive",
                List.of(new Parameter("before_date", null, type("date"), null, AT)), null, "plpgsql", null,
                Security.DEFINER, false, " begin end ", null, AT));
    }

    @Test
    void grants() {
        var facade = facade("""
                grant select, insert, update, delete on customers to shop_app, reporting
                grant execute on place_order to shop_app
                grant all privileges on customers to admin
                grant all on customers to "Admin Role"
                """);
        assertThat(facade.grants()).containsExactly(
                new Grant(List.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE, Privilege.DELETE), "customers",
                        List.of("shop_app", "reporting"), AT),
                new Grant(List.of(Privilege.EXECUTE), "place_order", List.of("shop_app"), AT),
                new Grant(List.of(Privilege.ALL), "customers", List.of("admin"), AT),
                new Grant(List.of(Privilege.ALL), "customers", List.of("Admin Role"), AT));
    }

    @Test
    void facadeItemsInSourceOrderPerList() {
        var facade = facade("""
                grant select on b to r
                view b (x int) as $$ select 1 $$
                function f() returns int as $$ select 1 $$
                view a (x int) as $$ select 2 $$
                procedure p() as $$ $$
                """);
        assertThat(facade.name()).isEqualTo("api");
        assertThat(facade.version()).isEqualTo(1);
        assertThat(facade.views()).extracting(View::name).containsExactly("b", "a");
        assertThat(facade.routines()).extracting(Routine::name).containsExactly("f", "p");
        assertThat(facade.grants()).hasSize(1);
    }

    @Test
    void blocksAndDeclarationsInSourceOrder() {
        var unit = parse("""
                core { table b { x int } enum e ('a') }
                facade api version 2 { }
                core { extension citext table a { x int } }
                facade api version 3 { }
                """);
        assertThat(unit.blocks()).hasSize(4);
        assertThat(((CoreBlock) unit.blocks().get(0)).declarations()).extracting(d -> d.kind() + " " + d.name())
                .containsExactly("table b", "enum e");
        assertThat(((Facade) unit.blocks().get(1)).version()).isEqualTo(2);
        assertThat(((CoreBlock) unit.blocks().get(2)).declarations()).extracting(d -> d.kind() + " " + d.name())
                .containsExactly("extension citext", "table a");
        assertThat(((Facade) unit.blocks().get(3)).version()).isEqualTo(3);
    }

    @Test
    void emptyFileHasNoBlocks() {
        assertThat(parse("").blocks()).isEmpty();
        assertThat(parse("  \n-- only a comment\n").blocks()).isEmpty();
    }

    @Test
    void keywordsAreCaseInsensitiveAndNamesFoldToLowerCase() {
        var table = (Table) declaration("TABLE Customer { ID BigInt NOT NULL Full_Name TEXT }");
        assertThat(table).isEqualTo(new Table("customer", List.of(notNull("id", type("bigint")),
                column("full_name", type("text"))), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, AT));
    }

    @Test
    void quotedNamesKeepTheirSpelling() {
        var table = (Table) declaration("""
                table "Order Lines" {
                    "ID" bigint
                    "say ""hi""\" text
                    "select" int
                    "日本語" text
                }""");
        assertThat(table.name()).isEqualTo("Order Lines");
        assertThat(table.columns()).extracting(Column::name).containsExactly("ID", "say \"hi\"", "select", "日本語");
    }

    @Test
    void unquotedNonAsciiNamesFoldOnlyAsciiLetters() {
        var table = (Table) declaration("table ÄRGER { Straße text größe int }");
        assertThat(table.name()).isEqualTo("Ärger");
        assertThat(table.columns()).extracting(Column::name).containsExactly("straße", "größe");
    }

    @Test
    void keyWordsThatAreNotReservedCanBeNames() {
        var table = table("""
                key text
                version int
                comment text
                index int
                start date
                """);
        assertThat(table.columns()).extracting(Column::name)
                .containsExactly("key", "version", "comment", "index", "start");
    }
}
