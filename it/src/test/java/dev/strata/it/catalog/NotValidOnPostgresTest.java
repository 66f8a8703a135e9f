package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.compiler.model.Model;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * NOT VALID on real PostgreSQL: a plan adds a check and a foreign key that rows already in the table break, and
 * succeeds; new rows must meet them; validating them by hand shows in the catalog facts drift detection compares;
 * the plan that takes {@code not valid} off fails while a row breaks the check and succeeds once none does.
 */
class NotValidOnPostgresTest {

    private static final String PLAIN = """
            core {
              table team { id integer primary key }
              table member {
                id       integer primary key
                team_id  integer
                age      integer
              }
            }
            """;

    private static final String NOT_VALID = """
            core {
              table team { id integer primary key }
              table member {
                id       integer primary key
                team_id  integer references team (id) not valid
                age      integer check (age >= 0) not valid
              }
            }
            """;

    private static final String VALID = """
            core {
              table team { id integer primary key }
              table member {
                id       integer primary key
                team_id  integer references team (id)
                age      integer check (age >= 0)
              }
            }
            """;

    @Test
    void notValidConstraintsSkipOldRowsHoldForNewOnesAndDriftWhenValidatedByHand() throws Exception {
        Model plain = PlanRunner.parse("plain.strata", PLAIN);
        Model notValid = PlanRunner.parse("not-valid.strata", NOT_VALID);
        Model valid = PlanRunner.parse("valid.strata", VALID);
        var add = PlanRunner.plan(plain, notValid, "0002_not_valid", false);
        var validate = PlanRunner.plan(notValid, valid, "0003_validate", false);
        var schemas = PlanRunner.schemas(plain, notValid);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("not_valid_behaviour"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, plain, "0001_start", true).steps());
            run(c, "INSERT INTO core.team VALUES (1)");
            run(c, "INSERT INTO core.member VALUES (1, 1, 30), (2, 99, -1)");

            PlanRunner.apply(c, add.steps());
            assertThatThrownBy(() -> run(c, "INSERT INTO core.member VALUES (3, 1, -5)"))
                    .hasMessageContaining("member_age_check");
            assertThatThrownBy(() -> run(c, "INSERT INTO core.member VALUES (4, 42, 5)"))
                    .hasMessageContaining("member_team_id_fkey");
            var applied = CatalogFacts.capture(c, schemas);

            assertThatThrownBy(() -> PlanRunner.apply(c, validate.steps())).as("a row breaks the check")
                    .hasStackTraceContaining("member_age_check");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("the failed plan changed nothing").isEmpty();

            run(c, "UPDATE core.member SET age = 0, team_id = 1 WHERE id = 2");
            run(c, "ALTER TABLE core.member VALIDATE CONSTRAINT member_age_check");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a check validated by hand")
                    .isNotEmpty().allMatch(line -> line.contains("constraint core.member.member_age_check"));
            run(c, "ALTER TABLE core.member DROP CONSTRAINT member_age_check,"
                    + " ADD CONSTRAINT member_age_check CHECK (age >= 0) NOT VALID");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).isEmpty();

            PlanRunner.apply(c, validate.steps());
            assertThat(validated(c)).containsExactly("member_age_check true", "member_team_id_fkey true");
            PlanRunner.revert(c, validate.steps(), validate.rollbackOrder());
            assertThat(validated(c)).containsExactly("member_age_check false", "member_team_id_fkey false");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("after validate and its way back")
                    .isEmpty();
        }
    }

    private static java.util.List<String> validated(Connection c) throws SQLException {
        var rows = new java.util.ArrayList<String>();
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT conname || ' ' || convalidated"
                + " FROM pg_constraint WHERE conrelid = 'core.member'::regclass AND contype IN ('c', 'f')"
                + " ORDER BY 1")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
