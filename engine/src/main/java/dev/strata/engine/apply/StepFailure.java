package dev.strata.engine.apply;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.sql.SQLException;

/**
 * A statement of a plan that PostgreSQL rejected: which plan, which step, what was running (the step's SQL, its
 * reverse, or the backup capture before it) and the server's error.
 */
public final class StepFailure extends Exception {

    public enum Part { STEP, REVERSE, BACKUP, RESTORE }

    private final transient Plan plan;
    private final transient Step step;
    private final Part part;
    private final String sql;

    public StepFailure(Plan plan, Step step, Part part, String sql, SQLException cause) {
        super(cause.getMessage(), cause);
        this.plan = plan;
        this.step = step;
        this.part = part;
        this.sql = sql;
    }

    public Plan plan() {
        return plan;
    }

    public Step step() {
        return step;
    }

    public Part part() {
        return part;
    }

    public String sql() {
        return sql;
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }

    public String sqlState() {
        String state = sqlException().getSQLState();
        return state == null ? "" : state;
    }

    public boolean lockNotAvailable() {
        return "55P03".equals(sqlState());
    }
}
