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
 * A plan that enables row level security and adds a policy, on real PostgreSQL: after apply the policy filters the
 * rows a role other than the owner sees, after rollback it sees every row again; a policy changed or added by hand
 * on the managed table shows in the catalog facts drift detection compares.
 */
class RowSecurityOnPostgresTest {

    private static final String BEFORE = """
            core {
              table document {
                id     bigint primary key
                owner  name not null
              }
            }
            """;

    private static final String AFTER = """
            core {
              table document {
                id     bigint primary key
                owner  name not null
                enable row level security
                policy own_rows for select to rls_behaviour_app using (owner = current_user)
              }
            }
            """;

    @Test
    void thePolicyFiltersRowsForAnotherRoleAfterApplyAndNotAfterRollback() throws Exception {
        Model before = PlanRunner.parse("before.strata", BEFORE);
        Model after = PlanRunner.parse("after.strata", AFTER);
        var change = PlanRunner.plan(before, after, "0002_policy", false);
        var schemas = PlanRunner.schemas(before, after);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("rls_behaviour"))) {
            run(c, "DO $$ BEGIN CREATE ROLE rls_behaviour_app NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL;"
                    + " END $$");
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
            run(c, "INSERT INTO core.document VALUES (1, 'rls_behaviour_app'), (2, 'someone_else')");
            run(c, "GRANT USAGE ON SCHEMA core TO rls_behaviour_app");
            run(c, "GRANT SELECT ON core.document TO rls_behaviour_app");
            var start = CatalogFacts.capture(c, schemas);
            assertThat(visibleToApp(c)).as("before the plan").isEqualTo(2);

            PlanRunner.apply(c, change.steps());
            assertThat(visibleToApp(c)).as("after apply").isEqualTo(1);
            var applied = CatalogFacts.capture(c, schemas);
            assertThat(applied.diff(start)).anyMatch(line -> line.contains("policy core.document.own_rows"))
                    .anyMatch(line -> line.contains("row level security"));

            run(c, "ALTER POLICY own_rows ON core.document USING (true)");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a policy changed by hand")
                    .isNotEmpty().allMatch(line -> line.contains("policy core.document.own_rows"));
            run(c, "ALTER POLICY own_rows ON core.document USING (owner = current_user)");
            run(c, "CREATE POLICY by_hand ON core.document FOR DELETE USING (true)");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a policy added by hand")
                    .isNotEmpty().allMatch(line -> line.contains("policy core.document.by_hand"));
            run(c, "DROP POLICY by_hand ON core.document");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).isEmpty();

            PlanRunner.revert(c, change.steps(), change.rollbackOrder());
            assertThat(visibleToApp(c)).as("after rollback").isEqualTo(2);
            assertThat(CatalogFacts.capture(c, schemas).diff(start)).as("catalog after up and down").isEmpty();
        }
    }

    private static int visibleToApp(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET ROLE rls_behaviour_app");
            try (var rs = s.executeQuery("SELECT count(*) FROM core.document")) {
                rs.next();
                return rs.getInt(1);
            } finally {
                s.execute("RESET ROLE");
            }
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
