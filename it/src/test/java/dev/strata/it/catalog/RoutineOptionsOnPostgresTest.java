package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A plan that gives a function a cost, parallel safety and a setting, on real PostgreSQL: while the function runs the
 * setting is in force, pg_proc holds the options after apply and not after rollback, and an option changed by hand
 * shows in the catalog facts drift detection compares.
 */
class RoutineOptionsOnPostgresTest {

    private static final String BEFORE = """
            core {
              function current_work_mem() returns text language sql stable as $$ select current_setting('work_mem') $$
            }
            """;

    private static final String AFTER = """
            core {
              function current_work_mem() returns text language sql stable parallel safe cost 7
                set work_mem = '7MB' as $$ select current_setting('work_mem') $$
            }
            """;

    @Test
    void theOptionsHoldAfterApplyAndNotAfterRollbackAndAHandChangeIsDrift() throws Exception {
        Model before = PlanRunner.parse("before.strata", BEFORE);
        Model after = PlanRunner.parse("after.strata", AFTER);
        var change = PlanRunner.plan(before, after, "0002_options", false);
        assertThat(change.steps()).singleElement().satisfies(step -> assertThat(step.sql())
                .startsWith("ALTER FUNCTION \"core\".\"current_work_mem\"() COST 7 PARALLEL SAFE"));
        var schemas = PlanRunner.schemas(before, after);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("routine_options"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
            run(c, "SET work_mem = '4MB'");
            var start = CatalogFacts.capture(c, schemas);
            assertThat(text(c, "SELECT core.current_work_mem()")).isEqualTo("4MB");

            PlanRunner.apply(c, change.steps());
            assertThat(text(c, "SELECT core.current_work_mem()")).as("inside the function").isEqualTo("7MB");
            assertThat(text(c, "SELECT procost || ' ' || proparallel::text || ' ' || array_to_string(proconfig, ',')"
                    + " FROM pg_proc WHERE proname = 'current_work_mem'")).isEqualTo("7 s work_mem=7MB");
            var applied = CatalogFacts.capture(c, schemas);
            assertThat(applied.diff(start)).isNotEmpty()
                    .allMatch(line -> line.contains("routine core.current_work_mem()"));

            run(c, "ALTER FUNCTION core.current_work_mem() COST 9");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a cost changed by hand")
                    .isNotEmpty().allMatch(line -> line.contains("routine core.current_work_mem()"));
            run(c, "ALTER FUNCTION core.current_work_mem() COST 7 RESET work_mem");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a setting reset by hand")
                    .isNotEmpty().allMatch(line -> line.contains("routine core.current_work_mem()"));
            run(c, "ALTER FUNCTION core.current_work_mem() SET work_mem = '7MB'");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).isEmpty();

            PlanRunner.revert(c, change.steps(), change.rollbackOrder());
            assertThat(text(c, "SELECT core.current_work_mem()")).as("after rollback").isEqualTo("4MB");
            assertThat(CatalogFacts.capture(c, schemas).diff(start)).as("catalog after up and down").isEmpty();
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
