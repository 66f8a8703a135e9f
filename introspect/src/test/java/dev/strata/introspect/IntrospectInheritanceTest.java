package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.format.SchemaPrinter;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Inheritance;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Table inheritance read from a live database: a parent, a child with a column of its own, a column it declares
 * that the parent has too (merged) and a key of its own, and a grandchild of two parents. A child is imported as
 * {@code inherits (…)} with only what it has of its own (columns with {@code attislocal}, checks with
 * {@code conislocal}); the sources print and parse back to the same model, and planning that model from nothing
 * gives the same pg_inherits, pg_attribute and pg_constraint rows. A child's own default on a column it only
 * inherits is reported, and an inheritance child of a table outside the core schema is not imported.
 */
@Tag("introspection")
class IntrospectInheritanceTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            CREATE SCHEMA other;
            SET search_path = core;
            CREATE TABLE cities (id integer PRIMARY KEY, name text NOT NULL,
                                 population integer CONSTRAINT positive CHECK (population >= 0),
                                 founded date);
            COMMENT ON COLUMN cities.name IS 'as the city calls itself';
            CREATE TABLE capitals (state text NOT NULL, founded date DEFAULT '1000-01-01', PRIMARY KEY (id))
                INHERITS (cities);
            CREATE INDEX capitals_state ON capitals (state);
            CREATE TABLE landmarks (landmark text, CHECK (landmark <> ''));
            CREATE TABLE tourist_capitals (visitors bigint DEFAULT 0) INHERITS (capitals, landmarks);
            CREATE TABLE villages (id integer NOT NULL, name text NOT NULL,
                                   population integer CONSTRAINT positive CHECK (population >= 0), founded date);
            ALTER TABLE villages INHERIT cities;
            CREATE TABLE towns () INHERITS (cities);
            ALTER TABLE towns ALTER COLUMN population SET DEFAULT 100;
            CREATE TABLE other.base (note text);
            CREATE TABLE stray (extra text) INHERITS (other.base);
            """;

    @Test
    void childrenAreImportedWithTheirOwnColumnsPrintedAndPlannedBackToTheSameCatalog() throws Exception {
        String url = LiveDatabase.create("inheritance", SCHEMA);
        var result = LiveDatabase.introspect(url, IntrospectionRequest.of("core"));
        var model = result.model();
        var core = model.core();

        var capitals = core.table("capitals").orElseThrow();
        assertThat(capitals.parents()).containsExactly("cities");
        assertThat(Inheritance.own(capitals)).extracting(Column::name).containsExactlyInAnyOrder("state", "founded");
        assertThat(capitals.columns()).extracting(Column::name)
                .containsExactlyInAnyOrder("id", "name", "population", "founded", "state");
        assertThat(capitals.checks()).as("the parent's check is the parent's").isEmpty();
        assertThat(capitals.primaryKey().columns()).containsExactly("id");
        assertThat(capitals.indexes()).hasSize(1);
        var tourist = core.table("tourist_capitals").orElseThrow();
        assertThat(tourist.parents()).containsExactly("capitals", "landmarks");
        assertThat(Inheritance.own(tourist)).extracting(Column::name).containsExactly("visitors");
        assertThat(Inheritance.own(core.table("villages").orElseThrow())).extracting(Column::name)
                .as("columns it had before it inherited stay its own")
                .containsExactly("id", "name", "population", "founded");
        assertThat(core.table("villages").orElseThrow().checks()).as("so does its check").hasSize(1);
        assertThat(result.unsupported()).extracting(u -> u.kind() + " " + u.name() + ": " + u.reason()).contains(
                "table core.stray: inherits from other.base, outside the core schema",
                "column option core.towns.population: the inheritance child's own default of an inherited column"
                        + " is not imported: an inherited column is declared once, in the parent");

        var sources = new StringBuilder();
        ImportLayout.files(model).values().forEach(unit -> sources.append(SchemaPrinter.print(unit)));
        assertThat(sources.toString()).contains("table capitals inherits (cities) {",
                "table tourist_capitals inherits (capitals, landmarks) {", "table towns inherits (cities) {");
        assertThat(LiveDatabase.printedAndParsed(model)).isEqualTo(core);

        String fresh = LiveDatabase.plannedFromNothing(model, "inheritance_planned");
        assertThat(inherits(fresh)).isEqualTo(inherits(url)).contains("tourist_capitals capitals 1",
                "tourist_capitals landmarks 2", "villages cities 1");
        // towns' own default is what was not imported
        String ownDefault = "towns population integer false false 1 100";
        assertThat(columns(url)).contains(ownDefault, "capitals founded date true false 1 '1000-01-01'::date",
                "tourist_capitals founded date false false 1 '1000-01-01'::date");
        assertThat(columns(fresh)).isEqualTo(columns(url).stream()
                .map(r -> r.equals(ownDefault) ? "towns population integer false false 1 " : r).toList());
        assertThat(constraints(fresh)).isEqualTo(constraints(url));
    }

    /** Child, parent and position of every pg_inherits row in core (but stray's, which is not imported). */
    private static List<String> inherits(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || p.relname || ' ' || i.inhseqno
                FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
                JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'core' AND c.relname <> 'stray'
                ORDER BY 1
                """);
    }

    /** Every column of a core table: type, own, not null, inherited from how many, default. */
    private static List<String> columns(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
                       || a.attislocal || ' ' || a.attnotnull || ' ' || a.attinhcount || ' '
                       || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE n.nspname = 'core' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
                  AND c.relname <> 'stray'
                ORDER BY 1
                """);
    }

    /** Every key and check of a core table, with whether it is the table's own and from how many parents. */
    private static List<String> constraints(String url) throws SQLException {
        return LiveDatabase.rows(url, """
                SELECT c.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) || ' '
                       || con.conislocal || ' ' || con.coninhcount
                FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'core' AND con.contype IN ('p', 'u', 'f', 'c') AND c.relname <> 'stray'
                ORDER BY 1
                """);
    }
}
