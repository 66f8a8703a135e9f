package dev.strata.engine.drift;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestSupport.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.PlanChain;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of object changed by hand after an apply is drift, reported in one readable line; an unchanged
 * database is not. Runs on the newest and the oldest supported PostgreSQL (tag faults).
 */
@Tag("faults")
class HandChangeDriftTest {

    private static final String SCHEMA = String.join("\n",
            "CREATE SCHEMA core;",
            "CREATE TYPE core.status AS ENUM ('placed', 'paid');",
            "CREATE DOMAIN core.email AS text CHECK (VALUE LIKE '%@%');",
            "CREATE SEQUENCE core.invoice_no START 100;",
            "CREATE TABLE core.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,",
            "  email core.email NOT NULL, name text, note text, points integer NOT NULL DEFAULT 0,",
            "  status core.status NOT NULL DEFAULT 'placed');",
            "CREATE INDEX customer_by_name ON core.customer (name);",
            "CREATE VIEW core.paying AS SELECT id, email FROM core.customer WHERE status = 'paid';",
            "CREATE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql AS $$",
            "BEGIN",
            "  RETURN NEW;",
            "END",
            "$$;",
            "CREATE TRIGGER customer_touch BEFORE UPDATE ON core.customer FOR EACH ROW"
                    + " EXECUTE FUNCTION core.touch();");

    private static final PlanChain PLANS = chain("shop", List.of(step(1, SCHEMA, "DROP SCHEMA core CASCADE")));

    private static final String TRIGGER = "CREATE TRIGGER customer_touch BEFORE UPDATE ON core.customer FOR EACH ROW"
            + " EXECUTE FUNCTION core.touch()";
    private static final String MAX = "max 9223372036854775807";

    static Stream<Arguments> handChanges() {
        return Stream.of(
                change("table", "CREATE TABLE core.extra (id integer)",
                        "+ column core.extra.id: integer",
                        "+ grant on table core.extra to …: DELETE, INSERT, …REFERENCES, SELECT, TRIGGER, TRUNCATE,"
                                + " UPDATE",
                        "+ table core.extra"),
                change("column type", "ALTER TABLE core.customer ALTER COLUMN points TYPE bigint",
                        "~ column core.customer.points: integer; not null; default 0  =>  bigint; not null; default 0"),
                change("default", "ALTER TABLE core.customer ALTER COLUMN name SET DEFAULT 'anon'",
                        "~ column core.customer.name: text  =>  text; default 'anon'::text"),
                change("not null", "ALTER TABLE core.customer ALTER COLUMN note SET NOT NULL",
                        "~ column core.customer.note: text  =>  text; not null"),
                change("collation", "ALTER TABLE core.customer ALTER COLUMN note TYPE text COLLATE \"C\"",
                        "~ column core.customer.note: text  =>  text; collate \"C\""),
                change("comment", "COMMENT ON TABLE core.customer IS 'who buys'",
                        "~ table core.customer: (nothing)  =>  comment 'who buys'"),
                change("grant", "GRANT SELECT, UPDATE ON core.customer TO PUBLIC",
                        "+ grant on table core.customer to PUBLIC: SELECT, UPDATE"),
                change("column grant", "GRANT UPDATE (note) ON core.customer TO PUBLIC",
                        "+ grant on column core.customer.note to PUBLIC: UPDATE"),
                change("constraint", "ALTER TABLE core.customer ADD CONSTRAINT points_positive CHECK (points >= 0)",
                        "+ constraint core.customer.points_positive: CHECK ((points >= 0))"),
                change("index", "CREATE INDEX customer_by_note ON core.customer (note)",
                        "+ index core.customer_by_note: CREATE INDEX customer_by_note ON core.customer USING btree"
                                + " (note)"),
                change("trigger disabled", "ALTER TABLE core.customer DISABLE TRIGGER customer_touch",
                        "~ trigger core.customer.customer_touch: " + TRIGGER + "  =>  " + TRIGGER + "; disabled"),
                change("view definition", "CREATE OR REPLACE VIEW core.paying AS SELECT id, email FROM core.customer"
                                + " WHERE status = 'placed'",
                        "~ view definition core.paying: line …: WHERE (…status = 'paid'::core.status);  =>  WHERE"
                                + " (…status = 'placed'::core.status);"),
                change("routine body", "CREATE OR REPLACE FUNCTION core.touch() RETURNS trigger LANGUAGE plpgsql"
                                + " AS $$\nBEGIN\n  NEW.points = 0;\n  RETURN NEW;\nEND\n$$",
                        "~ routine core.touch(): line 6: RETURN NEW;  =>  NEW.points = 0;"),
                change("routine grant", "REVOKE EXECUTE ON FUNCTION core.touch() FROM PUBLIC",
                        "- grant on routine core.touch() to PUBLIC: EXECUTE"),
                change("enum label", "ALTER TYPE core.status ADD VALUE 'shipped'",
                        "~ enum core.status: 'placed', 'paid'  =>  'placed', 'paid', 'shipped'"),
                change("domain check", "ALTER DOMAIN core.email ADD CONSTRAINT email_short"
                                + " CHECK (length(VALUE) < 100)",
                        "+ constraint core.email.email_short: CHECK ((length(VALUE) < 100))"),
                change("sequence option", "ALTER SEQUENCE core.invoice_no INCREMENT BY 10",
                        "~ sequence core.invoice_no: bigint; start 100; increment 1; min 1; " + MAX + "; cache 1  =>  "
                                + "bigint; start 100; increment 10; min 1; " + MAX + "; cache 1"),
                change("identity kind", "ALTER TABLE core.customer ALTER COLUMN id SET GENERATED BY DEFAULT",
                        "~ column core.customer.id: bigint; not null; identity always  =>  bigint; not null;"
                                + " identity by default"),
                change("identity option", "ALTER TABLE core.customer ALTER COLUMN id SET CACHE 20",
                        "~ sequence core.customer_id_seq: bigint; start 1; increment 1; min 1; " + MAX + "; cache 1;"
                                + " identity of core.customer.id  =>  bigint; start 1; increment 1; min 1; " + MAX
                                + "; cache 20; identity of core.customer.id"),
                change("sequence owned by", "ALTER SEQUENCE core.invoice_no OWNED BY core.customer.points",
                        "~ sequence core.invoice_no: bigint; start 100; increment 1; min 1; " + MAX + "; cache 1  =>  "
                                + "bigint; start 100; increment 1; min 1; " + MAX + "; cache 1; owned by"
                                + " core.customer.points"),
                change("generated column", "ALTER TABLE core.customer ADD COLUMN double_points integer"
                                + " GENERATED ALWAYS AS (points * 2) STORED",
                        "+ column core.customer.double_points: integer; generated always as ((points * 2)) stored"),
                change("trigger comment", "COMMENT ON TRIGGER customer_touch ON core.customer IS 'keeps it fresh'",
                        "~ trigger core.customer.customer_touch: " + TRIGGER + "  =>  " + TRIGGER
                                + "; comment 'keeps it fresh'"),
                change("dropped column", "ALTER TABLE core.customer DROP COLUMN note",
                        "- column core.customer.note: text"),
                change("extension", "CREATE EXTENSION citext SCHEMA core",
                        "+ extension citext: version …; schema core"),
                change("schema grant", "GRANT USAGE ON SCHEMA core TO PUBLIC",
                        "+ grant on schema core to PUBLIC: USAGE"));
    }

    /**
     * A hand change and the drift lines it must give, exactly; {@code …} in a line stands for any text (what differs
     * between PostgreSQL versions, or the test server's user).
     */
    private static Arguments change(String kind, String sql, String... lines) {
        return Arguments.of(kind, sql, List.of(lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handChanges")
    void aHandChangeIsDriftInReadableLines(String kind, String sql, List<String> expected) {
        try (Database database = TestSupport.freshDatabase("drift")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PLANS, options());
            assertThat(runner.status(PLANS).drift().drifted()).as("right after the apply").isFalse();

            TestSupport.execute(database, sql);
            DriftReport drift = runner.status(PLANS).drift();
            assertThat(drift.drifted()).as(kind).isTrue();
            assertThat(drift.diff()).as(kind).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(drift.diff().get(i)).as(kind).matches(pattern(expected.get(i)));
            }
            assertThatThrownBy(() -> runner.apply(PLANS, options()))
                    .isInstanceOfSatisfying(StrataException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.DRIFT);
                        assertThat(e.problem().detail()).contains(drift.diff().get(0));
                    });
        }
    }

    private static String pattern(String line) {
        return String.join(".*", java.util.Arrays.stream(line.split("…", -1)).map(Pattern::quote).toList());
    }

    @Test
    void anUnchangedDatabaseHasNoDriftWhateverItsDataDoes() {
        try (Database database = TestSupport.freshDatabase("no_drift")) {
            Runner runner = TestSupport.runner(database);
            runner.apply(PLANS, options());
            TestSupport.execute(database, "INSERT INTO core.customer (email) VALUES ('a@x');"
                    + " SELECT nextval('core.invoice_no'); ANALYZE core.customer");
            DriftReport drift = runner.status(PLANS).drift();
            assertThat(drift.drifted()).isFalse();
            assertThat(drift.checked()).isTrue();
            assertThat(drift.diff()).isEmpty();
            assertThat(runner.apply(PLANS, options()).applied()).isEmpty();
        }
    }
}
