package dev.strata.introspect;

import static dev.strata.introspect.Expected.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.RoutineOptions;
import dev.strata.compiler.model.RoutineOptions.Parallel;
import dev.strata.compiler.model.RoutineOptions.Setting;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the language cannot express is reported by kind and name, never dropped silently; whatever depends on it
 * is left out and reported too, so the imported model still applies.
 */
@Tag("introspection")
class IntrospectUnsupportedTest {

    @Test
    void reportsEveryConstructTheLanguageCannotExpress() throws Exception {
        String url = LiveDatabase.create("unsupported", """
                CREATE ROLE reader_iu;
                CREATE SCHEMA core;
                CREATE SCHEMA other;
                SET search_path = core;
                CREATE EXTENSION btree_gist SCHEMA core;
                CREATE TABLE other.elsewhere (id integer PRIMARY KEY);
                CREATE TYPE pair AS (a integer, b integer);
                CREATE TYPE span AS RANGE (subtype = integer);
                CREATE TABLE measurement (logdate date NOT NULL, value integer) PARTITION BY RANGE (logdate);
                CREATE TABLE measurement_2024 PARTITION OF measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
                    PARTITION BY LIST (value);
                CREATE TABLE base (id integer PRIMARY KEY);
                CREATE TABLE derived (extra text) INHERITS (other.elsewhere);
                CREATE POLICY derived_rows ON derived USING (true);
                CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tsrange,
                                      EXCLUDE USING gist (room WITH =, during WITH &&));
                CREATE TABLE uses_pair (id integer PRIMARY KEY, p pair);
                CREATE TABLE points (id integer PRIMARY KEY, elsewhere_id integer REFERENCES other.elsewhere (id),
                                     m_date date, secret text)
                    WITH (fillfactor = 70, toast.autovacuum_enabled = false);
                ALTER TABLE points ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own_rows ON points USING (true);
                CREATE RULE no_delete AS ON DELETE TO points DO INSTEAD NOTHING;
                GRANT SELECT ON points TO reader_iu;
                GRANT SELECT (secret) ON points TO reader_iu;
                CREATE UNLOGGED TABLE scratch (id integer);
                CREATE FUNCTION concat2(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT $1 || $2';
                CREATE AGGREGATE concat_all(text) (SFUNC = concat2, STYPE = text);
                CREATE FUNCTION twice(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x * 2';
                CREATE FUNCTION twice(x numeric) RETURNS numeric LANGUAGE sql AS 'SELECT x * 2';
                CREATE FUNCTION tuned(x integer) RETURNS integer LANGUAGE sql PARALLEL SAFE COST 5
                    SET search_path = core AS 'SELECT x';
                CREATE OPERATOR === (LEFTARG = integer, RIGHTARG = integer, FUNCTION = int4eq);
                CREATE VIEW labels AS SELECT concat_all(secret) AS all_secrets FROM points;
                CREATE VIEW labels_again AS SELECT all_secrets FROM labels;
                CREATE VIEW measured AS SELECT value FROM measurement_2024;
                CREATE TABLE depends_on_aggregate (id integer PRIMARY KEY, total text);
                CREATE INDEX points_date ON points (m_date) WITH (fillfactor = 50);
                CREATE FUNCTION on_event() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
                CREATE EVENT TRIGGER log_ddl ON ddl_command_start EXECUTE FUNCTION on_event();
                CREATE TABLE audited (id integer);
                CREATE TRIGGER audited_check AFTER INSERT ON audited FOR EACH ROW
                    EXECUTE FUNCTION suppress_redundant_updates_trigger();
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));

        assertThat(result.unsupported()).extracting(u -> u.kind() + " " + u.name()).contains(
                "partitioned table core.measurement_2024",
                "table core.derived",
                "composite type core.pair",
                "range type core.span",
                "table core.uses_pair",
                "foreign key core.points.points_elsewhere_id_fkey",
                "table option core.points",
                "policy core.derived.derived_rows",
                "rule core.points.no_delete",
                "grant core.points",
                "grant core.points.secret",
                "table option core.scratch",
                "aggregate core.concat_all(text)",
                "function core.twice(x numeric)",
                "operator core.===(integer, integer)",
                "view core.labels",
                "view core.labels_again",
                "view core.measured",
                "event trigger log_ddl",
                "trigger core.audited.audited_check");
        assertThat(result.unsupported()).as("definitions tell objects of the same name apart")
                .filteredOn(u -> u.kind().equals("policy") || u.kind().equals("rule") || u.kind().equals("view")
                        || u.kind().equals("operator") || u.kind().equals("trigger"))
                .allSatisfy(u -> assertThat(u.definition()).as(u.object()).isNotBlank());
        assertThat(result.unsupported()).filteredOn(u -> u.object().equals("rule core.points.no_delete"))
                .singleElement().satisfies(u -> assertThat(u.definition()).startsWith("CREATE RULE no_delete AS"));
        assertThat(result.unsupported()).filteredOn(u -> u.object().equals("policy core.derived.derived_rows"))
                .singleElement().satisfies(u -> assertThat(u.definition()).startsWith("for * permissive to public"));
        assertThat(result.unsupported()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("definition")
                .contains(
                new Unsupported("view", "core.labels_again", "depends on view core.labels, which is not imported"),
                new Unsupported("table", "core.derived", "inherits from other.elsewhere, outside the core schema"),
                new Unsupported("table", "core.uses_pair",
                        "column p: type pair is not imported"),
                new Unsupported("foreign key", "core.points.points_elsewhere_id_fkey",
                        "references other.elsewhere outside the core schema"));
        assertThat(result.unsupported()).filteredOn(u -> u.kind().equals("extension")).isEmpty();

        var core = result.model().core();
        assertThat(core.tables()).extracting(t -> t.name()).containsExactly(
                "audited", "base", "booking", "depends_on_aggregate", "measurement", "points", "scratch");
        assertThat(table(result.model(), "points").foreignKeys()).isEmpty();
        assertThat(result.unsupported()).filteredOn(u -> u.object().equals("table option core.points"))
                .extracting(Unsupported::reason).containsExactly(
                        "storage parameters of the TOAST table autovacuum_enabled=false are not imported");
        assertThat(table(result.model(), "points").storage()).extracting(p -> p.option())
                .containsExactly("fillfactor=70");
        assertThat(table(result.model(), "points").indexes()).flatExtracting(i -> i.storage())
                .extracting(p -> p.option()).containsExactly("fillfactor=50");
        assertThat(result.unsupported()).extracting(u -> u.object()).doesNotContain("index option core.points_date");
        assertThat(table(result.model(), "points").rowSecurityEnabled()).isTrue();
        assertThat(table(result.model(), "points").policies()).extracting(p -> p.name()).containsExactly("own_rows");
        assertThat(result.unsupported()).extracting(u -> u.kind() + " " + u.name())
                .doesNotContain("policy core.points.own_rows");
        assertThat(table(result.model(), "points").indexes()).extracting(i -> i.name()).containsExactly("points_date");
        assertThat(table(result.model(), "booking").checks()).isEmpty();
        // an exclusion constraint is imported now, '=' on an integer under gist through btree_gist
        assertThat(table(result.model(), "booking").exclusions()).singleElement().satisfies(x -> {
            assertThat(x.name()).isNull();
            assertThat(x.elements()).extracting(e -> e.key().column() + " " + e.operator())
                    .containsExactly("room =", "during &&");
        });
        assertThat(result.unsupported()).extracting(Unsupported::kind).doesNotContain("exclusion constraint");
        assertThat(table(result.model(), "audited").triggers()).isEmpty();
        assertThat(core.views()).isEmpty();
        assertThat(core.routines()).extracting(r -> r.name()).containsExactly("concat2", "on_event", "tuned",
                "twice");
        assertThat(core.routines().get(0).parameters()).extracting(p -> p.name()).containsExactly(null, null);
        assertThat(core.routines().get(3).signature()).isEqualTo("twice(integer)");
        assertThat(result.unsupported()).extracting(Unsupported::kind).doesNotContain("routine option");
        assertThat(core.routines().get(2).options()).isEqualTo(new RoutineOptions(5f, null, Parallel.SAFE, false,
                List.of(new Setting("search_path", List.of("core"), false))));
    }

    @Test
    void aSequenceOwnedByATableThatIsNotImportedIsNotImportedEither() throws Exception {
        String url = LiveDatabase.create("owned", """
                CREATE SCHEMA core;
                CREATE SCHEMA other;
                CREATE TABLE other.base (note text);
                CREATE TABLE core.payment (id serial, paid date NOT NULL) INHERITS (other.base);
                CREATE TABLE core.ledger (id integer PRIMARY KEY DEFAULT nextval('core.payment_id_seq'));
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));

        assertThat(result.model().core().sequences()).isEmpty();
        assertThat(result.unsupported()).contains(
                new Unsupported("sequence", "core.payment_id_seq", "owned by core.payment, which is not imported"),
                new Unsupported("column default", "core.ledger.id",
                        "depends on sequence core.payment_id_seq, which is not imported"));
        assertThat(table(result.model(), "ledger").columns().get(0).defaultExpr()).isNull();
    }

    @Test
    void tablesInFacadeSchemasAreNotImported() throws Exception {
        String url = LiveDatabase.create("facadetable", """
                CREATE SCHEMA core;
                CREATE SCHEMA api_v1;
                CREATE TABLE api_v1.cache (id integer);
                CREATE SEQUENCE api_v1.counter;
                """);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core", FacadeSchema.parse("api_v1")));

        assertThat(result.unsupported()).contains(
                new Unsupported("table", "api_v1.cache", "a facade schema holds views and routines only"),
                new Unsupported("sequence", "api_v1.counter", "a facade schema holds views and routines only"));
    }
}
