package dev.strata.engine.apply;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.sql.SQLException;

/**
 * A statement of a plan that PostgreSQL rejected: which plan, which step, what was running (the step's SQL, its
 * reverse, or the backup capture before it) and the server's error. Or a step Strata refused to run
 * ({@link #refused}): then there is no server error, and {@link #refusal} says why.
 */
public final class StepFailure extends Exception {

    public enum Part { STEP, REVERSE, BACKUP, RESTORE }

    private final transient Plan plan;
    private final transient Step step;
    private final Part part;
    private final String sql;
    private final String refusal;

    public StepFailure(Plan plan, Step step, Part part, String sql, SQLException cause) {
        super(cause.getMessage(), cause);
        this.plan = plan;
        this.step = step;
        this.part = part;
        this.sql = sql;
        this.refusal = null;
    }

    private StepFailure(Plan plan, Step step, Part part, String refusal) {
        super(refusal);
        this.plan = plan;
        this.step = step;
        this.part = part;
        this.sql = null;
        this.refusal = refusal;
    }

    /** Strata refused to run the step (or its reverse, {@code part}) for the reason given, in words for people. */
    public static StepFailure refused(Plan plan, Step step, Part part, String reason) {
        return new StepFailure(plan, step, part, reason);
    }

    /** Why Strata refused to run the step; null when PostgreSQL rejected a statement. */
    public String refusal() {
        return refusal;
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
        if (refusal != null) {
            return "";
        }
        String state = sqlException().getSQLState();
        return state == null ? "" : state;
    }

    public boolean lockNotAvailable() {
        return "55P03".equals(sqlState());
    }
}
