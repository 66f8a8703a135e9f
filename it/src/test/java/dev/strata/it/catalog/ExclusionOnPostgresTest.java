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
 * Exclusion constraints on real PostgreSQL: a plan adds one to a table whose rows conflict and fails without a
 * change; once they do not, it succeeds and refuses a conflicting row; changing the constraint by hand (its
 * predicate) shows in the catalog facts drift detection compares, and putting it back clears the difference; the way
 * back drops it.
 */
class ExclusionOnPostgresTest {

    private static final String PLAIN = """
            core {
              table booking {
                id         integer primary key
                during     tstzrange not null
                cancelled  boolean not null default false
              }
            }
            """;

    private static final String EXCLUDED = """
            core {
              table booking {
                id         integer primary key
                during     tstzrange not null
                cancelled  boolean not null default false
                exclude using gist (during with &&) where (not cancelled)
              }
            }
            """;

    @Test
    void anExclusionConstraintRefusesConflictsAndDriftsWhenChangedByHand() throws Exception {
        Model plain = PlanRunner.parse("plain.strata", PLAIN);
        Model excluded = PlanRunner.parse("excluded.strata", EXCLUDED);
        var add = PlanRunner.plan(plain, excluded, "0002_exclude", false);
        var schemas = PlanRunner.schemas(plain, excluded);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("exclusion_behaviour"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, plain, "0001_start", true).steps());
            run(c, "INSERT INTO core.booking VALUES (1, '[2026-01-01 10:00+00, 2026-01-01 11:00+00)', false),"
                    + " (2, '[2026-01-01 10:30+00, 2026-01-01 11:30+00)', false)");
            var before = CatalogFacts.capture(c, schemas);

            assertThatThrownBy(() -> PlanRunner.apply(c, add.steps())).as("two rows conflict")
                    .hasStackTraceContaining("booking_during_excl");
            assertThat(CatalogFacts.capture(c, schemas).diff(before)).as("the failed plan changed nothing").isEmpty();

            run(c, "UPDATE core.booking SET cancelled = true WHERE id = 2");
            PlanRunner.apply(c, add.steps());
            assertThatThrownBy(() -> run(c, "INSERT INTO core.booking VALUES (3,"
                    + " '[2026-01-01 10:15+00, 2026-01-01 10:45+00)', false)"))
                    .hasMessageContaining("booking_during_excl");
            run(c, "INSERT INTO core.booking VALUES (4, '[2026-01-01 10:15+00, 2026-01-01 10:45+00)', true)");
            var applied = CatalogFacts.capture(c, schemas);

            run(c, "ALTER TABLE core.booking DROP CONSTRAINT booking_during_excl,"
                    + " ADD CONSTRAINT booking_during_excl EXCLUDE USING gist (during WITH &&)"
                    + " WHERE (id > 0 AND NOT cancelled)");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).as("a predicate changed by hand")
                    .isNotEmpty().allMatch(line -> line.contains("booking_during_excl"));
            run(c, "ALTER TABLE core.booking DROP CONSTRAINT booking_during_excl,"
                    + " ADD CONSTRAINT booking_during_excl EXCLUDE USING gist (during WITH &&) WHERE (NOT cancelled)");
            assertThat(CatalogFacts.capture(c, schemas).diff(applied)).isEmpty();

            PlanRunner.revert(c, add.steps(), add.rollbackOrder());
            assertThat(CatalogFacts.capture(c, schemas).diff(before)).as("after the way back").isEmpty();
        }
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
