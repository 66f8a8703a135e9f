package dev.strata.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.TestSupport;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The one catalog reader's facts, on real PostgreSQL (also run on the oldest supported one: tag faults). */
@Tag("faults")
class CatalogFactsTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            CREATE SCHEMA other;
            CREATE TYPE core.status AS ENUM ('placed', 'paid');
            CREATE DOMAIN core.email AS text CHECK (VALUE LIKE '%@%');
            CREATE SEQUENCE core.invoice_no START 100;
            CREATE FUNCTION other.fallback() RETURNS text LANGUAGE sql AS 'SELECT ''n/a''::text';
            CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              status core.status NOT NULL DEFAULT 'placed', total numeric(12,2) CHECK (total >= 0),
              invoice bigint DEFAULT nextval('core.invoice_no'), note text DEFAULT other.fallback(),
              buyer core.email COLLATE "C");
            CREATE TABLE other.audit (id bigint PRIMARY KEY, purchase bigint REFERENCES core.purchase);
            CREATE INDEX purchase_by_status ON core.purchase (status) WHERE status <> 'paid'::core.status;
            CREATE VIEW core.paid AS SELECT p.id, a.id AS audit FROM core.purchase p JOIN other.audit a
              ON a.purchase = p.id WHERE p.status = 'paid';
            CREATE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER purchase_touch BEFORE UPDATE ON core.purchase FOR EACH ROW EXECUTE FUNCTION core.touch();
            COMMENT ON TABLE core.purchase IS 'orders';
            COMMENT ON CONSTRAINT purchase_pkey ON core.purchase IS 'the key';
            COMMENT ON INDEX core.purchase_by_status IS 'open ones';
            CREATE SCHEMA strata; CREATE TABLE strata.ignored (id int);
            CREATE SCHEMA strata_backup; CREATE TABLE strata_backup.ignored (id int);
            """;

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String searchPath(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW search_path")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void capturesTheObjectsASchemaIsMadeOf() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts"))) {
            run(c, SCHEMA);
            var facts = CatalogFacts.capture(c).entries();
            assertThat(facts).contains(
                    Map.entry("schema core", ""),
                    Map.entry("enum core.status", "'placed', 'paid'"),
                    Map.entry("domain core.email", "over text"),
                    Map.entry("constraint core.email.email_check", "CHECK ((VALUE ~~ '%@%'::text))"),
                    Map.entry("table core.purchase", "comment 'orders'"),
                    Map.entry("column core.purchase.id", "bigint; not null; identity always"),
                    Map.entry("column core.purchase.status", "core.status; not null; default 'placed'::core.status"),
                    Map.entry("column core.purchase.total", "numeric(12,2)"),
                    Map.entry("column core.purchase.buyer", "core.email; collate \"C\""),
                    Map.entry("column core.purchase.invoice", "bigint; default nextval('core.invoice_no'::regclass)"),
                    Map.entry("column core.purchase.note", "text; default other.fallback()"),
                    Map.entry("constraint core.purchase.purchase_pkey", "PRIMARY KEY (id); comment 'the key'"),
                    Map.entry("constraint core.purchase.purchase_total_check", "CHECK ((total >= (0)::numeric))"),
                    Map.entry("constraint other.audit.audit_purchase_fkey",
                            "FOREIGN KEY (purchase) REFERENCES core.purchase(id)"),
                    Map.entry("index core.purchase_by_status", "CREATE INDEX purchase_by_status ON core.purchase"
                            + " USING btree (status) WHERE (status <> 'paid'::core.status); comment 'open ones'"),
                    Map.entry("trigger core.purchase.purchase_touch", "CREATE TRIGGER purchase_touch BEFORE UPDATE ON"
                            + " core.purchase FOR EACH ROW EXECUTE FUNCTION core.touch()"),
                    Map.entry("sequence core.invoice_no", "bigint; start 100; increment 1; min 1;"
                            + " max 9223372036854775807; cache 1"),
                    Map.entry("sequence core.purchase_id_seq", "bigint; start 1; increment 1; min 1;"
                            + " max 9223372036854775807; cache 1; identity of core.purchase.id"),
                    Map.entry("grant on routine core.touch() to PUBLIC", "EXECUTE"),
                    Map.entry("view core.paid", ""));
            assertThat(facts.get("view definition core.paid")).contains("FROM (core.purchase p").contains("other.audit a");
            assertThat(facts.get("routine core.touch()")).startsWith("CREATE OR REPLACE FUNCTION core.touch()")
                    .contains("BEGIN RETURN NEW; END");
            assertThat(facts.get("extension plpgsql")).startsWith("version ");
            assertThat(facts.keySet()).noneMatch(path -> path.contains("strata") || path.contains("ignored"));
        }
    }

    @Test
    void diffsReadObjectByObject() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_diff"))) {
            run(c, """
                    create schema app;
                    create type app.mood as enum ('happy', 'sad');
                    create table app.person (id bigint generated always as identity primary key,
                        name text not null default 'x', mood app.mood);
                    comment on column app.person.name is 'Full name';
                    create index person_name on app.person (name);
                    create view app.names as select name from app.person;
                    create schema other;
                    create table other.ignored (id int);
                    """);
            var before = CatalogFacts.capture(c, List.of("app"));
            assertThat(before.entries()).containsKeys("schema app", "table app.person", "column app.person.id",
                    "constraint app.person.person_pkey", "index app.person_name", "enum app.mood", "view app.names",
                    "view definition app.names");
            assertThat(before.entries().keySet()).noneMatch(k -> k.contains("other"));
            assertThat(CatalogFacts.capture(c, List.of("app"))).isEqualTo(before);

            run(c, "alter table app.person alter column name drop not null; alter type app.mood add value 'calm';"
                    + " drop index app.person_name; alter table app.person add column age int");
            var after = CatalogFacts.capture(c, List.of("app"));
            assertThat(before.diff(after)).containsExactly(
                    "+ column app.person.age: integer",
                    "~ column app.person.name: text; not null; default 'x'::text; comment 'Full name'  =>  "
                            + "text; default 'x'::text; comment 'Full name'",
                    "~ enum app.mood: 'happy', 'sad'  =>  'happy', 'sad', 'calm'",
                    "- index app.person_name: CREATE INDEX person_name ON app.person USING btree (name)");
        }
    }

    @Test
    void aRoutineBodyChangeShowsTheLineThatChanged() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_body"))) {
            run(c, "CREATE SCHEMA core; CREATE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                    + "  RETURN NEW;\nEND\n$$");
            var before = CatalogFacts.capture(c);
            run(c, "CREATE OR REPLACE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
                    + "  NEW.total = 0; RETURN NEW;\nEND\n$$");
            assertThat(before.diff(CatalogFacts.capture(c))).containsExactly(
                    "~ routine core.touch(): line 6: RETURN NEW;  =>  NEW.total = 0; RETURN NEW;");
        }
    }

    @Test
    void theFactsAreTheSameWhateverTheSessionsSearchPath() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_path"))) {
            run(c, SCHEMA);
            String original = searchPath(c);
            var reference = CatalogFacts.capture(c);
            for (String path : List.of("core", "core, public", "other, core, public", "pg_catalog", "\"$user\"",
                    "public, other")) {
                run(c, "SET search_path = " + path);
                String set = searchPath(c);
                assertThat(CatalogFacts.capture(c)).as("facts with search_path %s", path).isEqualTo(reference);
                assertThat(CatalogFacts.capture(c).fingerprint()).isEqualTo(reference.fingerprint());
                assertThat(searchPath(c)).as("the session's search_path is left as it was").isEqualTo(set);
            }
            run(c, "SET search_path = " + original);
            c.setAutoCommit(false);
            run(c, "SET LOCAL search_path = other, core");
            assertThat(CatalogFacts.capture(c)).isEqualTo(reference);
            assertThat(searchPath(c)).isEqualTo("other, core");
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void insideATransactionTheCaptureSeesItsWorkAndLeavesItWritable() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_tx"))) {
            run(c, "CREATE SCHEMA core");
            c.setAutoCommit(false);
            run(c, "CREATE TABLE core.fresh (id int)");
            assertThat(CatalogFacts.capture(c).entries()).containsKey("table core.fresh");
            run(c, "INSERT INTO core.fresh VALUES (1); CREATE TABLE core.later (id int)");
            assertThat(CatalogFacts.capture(c).entries()).containsKeys("table core.fresh", "table core.later");
            c.rollback();
            c.setAutoCommit(true);
            assertThat(CatalogFacts.capture(c).entries()).doesNotContainKeys("table core.fresh", "table core.later");
        }
    }

    @Test
    void theSessionIsReadOnlyAndLeavesTheCallersTransactionUsable() throws SQLException {
        String write = "WITH w AS (INSERT INTO core.t VALUES (1) RETURNING 1) SELECT * FROM w";
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_ro"))) {
            run(c, "CREATE SCHEMA core; CREATE TABLE core.t (id int)");
            try (var session = CatalogSession.open(c)) {
                assertThat(session.pinned()).isTrue();
                assertThatThrownBy(() -> session.query(write, rs -> 1)).hasMessageContaining("read-only");
            }
            assertThat(c.getAutoCommit()).isTrue();
            c.setAutoCommit(false);
            run(c, "INSERT INTO core.t VALUES (0)");
            try (var session = CatalogSession.open(c)) {
                assertThatThrownBy(() -> session.query(write, rs -> 1)).hasMessageContaining("read-only");
            }
            run(c, "INSERT INTO core.t VALUES (2)");
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM core.t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
    }

    @Test
    void invalidIndexesExtensionMembersAndColumnOrderAreNotFacts() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_left_out"))) {
            run(c, "CREATE SCHEMA core; CREATE TABLE core.t (id int, code text, note text);"
                    + " INSERT INTO core.t VALUES (1, 'a', 'x'), (2, 'a', 'y')");
            var before = CatalogFacts.capture(c);
            assertThatThrownBy(() -> run(c, "CREATE UNIQUE INDEX CONCURRENTLY t_code ON core.t (code)"))
                    .isInstanceOf(SQLException.class);
            assertThat(CatalogFacts.capture(c)).as("an invalid index is not schema").isEqualTo(before);

            run(c, "ALTER TABLE core.t DROP COLUMN code; ALTER TABLE core.t ADD COLUMN code text");
            assertThat(CatalogFacts.capture(c)).as("a column restored last is the same column").isEqualTo(before);

            run(c, "CREATE EXTENSION citext SCHEMA core");
            assertThat(before.diff(CatalogFacts.capture(c))).singleElement().asString()
                    .startsWith("+ extension citext: version ").endsWith("; schema core");
        }
    }

    @Test
    void theStoredFormReadsBackWhateverTheNames() {
        var facts = CatalogFacts.of(Map.of("table core.\"we\tird\"", "comment 'a\nb \\ c'",
                "column core.x.\"y\\n\"", "text", "schema core", ""));
        assertThat(CatalogFacts.parse(facts.body())).isEqualTo(facts);
        assertThat(facts.body().lines()).hasSize(3);
        assertThat(facts.fingerprint()).hasSize(64).isEqualTo(CatalogFacts.parse(facts.body()).fingerprint());
        assertThat(CatalogFacts.of(Map.of("schema core", "")).fingerprint()).isNotEqualTo(facts.fingerprint());
        assertThat(CatalogFacts.parse("").entries()).isEmpty();
    }

    @Test
    void factsNeedThePinnedSearchPath() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("facts_pin"));
             var session = CatalogSession.open(c)) {
            session.searchPath(List.of("public"));
            var rows = CatalogReader.readUserSchemas(session);
            assertThatThrownBy(() -> CatalogFacts.of(rows)).isInstanceOf(IllegalArgumentException.class);
            assertThat(session.queries()).isEqualTo(14);
        }
    }
}
