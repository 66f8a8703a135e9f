package dev.strata.engine.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.TestSupport;
import dev.strata.engine.session.Reporter;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** A concurrent unique index that failed on duplicates is left invalid; the retry of its step drops it first. */
class InvalidIndexesTest {

    @Test
    void dropsTheInvalidIndexTheStepTargetsAndNothingElse() throws SQLException {
        try (Connection c = TestSupport.connect(TestSupport.newTarget("invalid_index"));
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA app; CREATE TABLE app.t (a int, b int); INSERT INTO app.t VALUES (1, 1), (1, 1)");
            for (String index : new String[] {"t_a_key", "t_b_key"}) {
                String column = index.substring(2, 3);
                assertThatThrownBy(() -> s.execute("CREATE UNIQUE INDEX CONCURRENTLY " + index + " ON app.t ("
                        + column + ")")).isInstanceOf(SQLException.class);
            }
            assertThat(invalid(c)).isEqualTo(2);

            var dropped = InvalidIndexes.cleanUp(c, step(StepTarget.ofTable(StepTarget.Kind.INDEX, "app", "t",
                    "t_a_key")), Reporter.silent());

            assertThat(dropped).containsExactly("app.t_a_key");
            assertThat(invalid(c)).isEqualTo(1);
            assertThat(InvalidIndexes.cleanUp(c, step(StepTarget.ofTable(StepTarget.Kind.COLUMN, "app", "t", "b")),
                    Reporter.silent())).isEmpty();
            assertThat(InvalidIndexes.cleanUp(c, step(StepTarget.ofTable(StepTarget.Kind.INDEX, "other", "t",
                    "t_b_key")), Reporter.silent())).isEmpty();
            assertThat(invalid(c)).isEqualTo(1);
        }
    }

    private static Step step(StepTarget target) {
        return new Step(1, "add index", target, "app." + target.name(), "SELECT 1;", "SELECT 1;", LockLevel.NONE,
                false, false, false, Risk.SAFE, null, null, false, null);
    }

    private static int invalid(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM pg_index WHERE NOT indisvalid")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
