package dev.strata.engine.state;

import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code strata.history}. Writers run inside the caller's transaction, or commit at once on a
 * connection in autocommit mode (an attempt row written before a plan's transaction).
 */
public final class HistoryStore {

    private static final String TABLE = "history";
    private static final String COLUMNS = "id, project, action, outcome, plan_id, plan_sequence, plan_checksum,"
            + " model_fingerprint_before, model_fingerprint_after, catalog_fingerprint_before,"
            + " catalog_fingerprint_after, started_at, finished_at, duration_ms, db_user, os_user, host,"
            + " tool_version, allow_drift, drift_detected, failed_step, error_text";

    private final Connection connection;

    public HistoryStore(Connection connection) {
        this.connection = connection;
    }

    /** What a new row says before it is finished: who runs what. */
    public record Start(String project, String action, String planId, int planSequence, String planChecksum,
                        String modelBefore, String modelAfter, String catalogBefore, Instant startedAt,
                        RunnerIdentity identity, boolean allowDrift, boolean driftDetected) {

        public Start startingAt(Instant instant) {
            return new Start(project, action, planId, planSequence, planChecksum, modelBefore, modelAfter,
                    catalogBefore, instant, identity, allowDrift, driftDetected);
        }
    }

    public long insert(Start start, String outcome) throws SQLException {
        var sql = Sql.insertInto(StateSchema.SCHEMA, TABLE, List.of("project", "action", "outcome", "plan_id",
                "plan_sequence", "plan_checksum", "model_fingerprint_before", "model_fingerprint_after",
                "catalog_fingerprint_before", "started_at", "os_user", "host", "tool_version", "allow_drift",
                "drift_detected", "runner_pid")).kw("VALUES").open();
        for (int i = 0; i < 16; i++) {
            if (i > 0) {
                sql.comma();
            }
            sql.param();
            if (i == 9) {
                sql.cast("timestamptz");
            }
        }
        sql.close().kw("RETURNING").id("id");
        try (PreparedStatement ps = connection.prepareStatement(sql.build())) {
            int i = 1;
            ps.setString(i++, start.project());
            ps.setString(i++, start.action());
            ps.setString(i++, outcome);
            ps.setString(i++, start.planId());
            ps.setInt(i++, start.planSequence());
            ps.setString(i++, start.planChecksum());
            ps.setString(i++, start.modelBefore());
            ps.setString(i++, start.modelAfter());
            ps.setString(i++, start.catalogBefore());
            ps.setString(i++, start.startedAt().toString());
            ps.setString(i++, start.identity().osUser());
            ps.setString(i++, start.identity().host());
            ps.setString(i++, start.identity().toolVersion());
            ps.setBoolean(i++, start.allowDrift());
            ps.setBoolean(i++, start.driftDetected());
            ps.setLong(i, start.identity().pid());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Sets the outcome, the catalog after, the end time and duration (measured from the row's start). */
    public void finish(long id, String outcome, String catalogAfter, Integer failedStep, String error)
            throws SQLException {
        String sql = Sql.update(StateSchema.SCHEMA, TABLE).kw("SET").eq("outcome").param().comma()
                .eq("catalog_fingerprint_after").param().comma().eq("failed_step").param().comma()
                .eq("error_text").param().comma().eq("finished_at").kw("clock_timestamp()").comma()
                .eq("duration_ms").kw("(extract(epoch FROM clock_timestamp() -").id("started_at").close()
                .kw("* 1000").close()
                .cast("bigint").kw("WHERE").eq("id").param().build();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, outcome);
            ps.setString(2, catalogAfter);
            if (failedStep == null) {
                ps.setNull(3, java.sql.Types.INTEGER);
            } else {
                ps.setInt(3, failedStep);
            }
            ps.setString(4, error);
            ps.setLong(5, id);
            ps.executeUpdate();
        }
    }

    /**
     * The catalog a resumed plan left after one more of its non-transactional steps; the row keeps its outcome
     * until the last one is done.
     */
    public void catalogAfter(long id, String catalogAfter) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                .eq("catalog_fingerprint_after").param().kw("WHERE").eq("id").param().build())) {
            ps.setString(1, catalogAfter);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * Marks every row still {@code running} as {@code interrupted}, with an error text saying what that leaves.
     * Call only while holding the target's runner lock: then no live runner has a row running, so each such row is
     * an attempt whose runner died (killed, or its connection lost) before its transaction ended. Returns the rows
     * marked.
     */
    public List<HistoryEntry> markInterrupted() throws SQLException {
        List<HistoryEntry> marked = new ArrayList<>();
        for (HistoryEntry row : query(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET").eq("outcome")
                .lit(HistoryEntry.INTERRUPTED).kw("WHERE").eq("outcome").lit(HistoryEntry.RUNNING)
                .kw("RETURNING").kw(columns()).build())) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                    .eq("error_text").param().kw("WHERE").eq("id").param().kw("AND").id("error_text")
                    .kw("IS NULL").build())) {
                ps.setString(1, interruptedText(row.action()));
                ps.setLong(2, row.id());
                ps.executeUpdate();
            }
            marked.add(row.interruptedNow());
        }
        return marked;
    }

    /** What an interrupted attempt left: nothing of its transaction; for a rollback, maybe its early reverses. */
    static String interruptedText(String action) {
        return "The runner stopped before this " + action + " finished (killed, or its connection was lost):"
                + " PostgreSQL rolled its transaction back, so nothing of it remains"
                + (action.equals(HistoryEntry.ROLLBACK) ? " except the reverses of non-transactional steps, which"
                + " run before it; roll back again to finish." : "; run it again.");
    }

    public List<HistoryEntry> all() throws SQLException {
        return query(Sql.of("SELECT").kw(columns()).kw("FROM").name(StateSchema.SCHEMA, TABLE).kw("ORDER BY")
                .id("id").build());
    }

    /**
     * Every row as it stands: with no runner holding the target's lock ({@code runnerActive} false), a row still
     * running is an attempt whose runner died, shown as interrupted even before the next runner marks it so.
     */
    public List<HistoryEntry> all(boolean runnerActive) throws SQLException {
        List<HistoryEntry> rows = all();
        if (runnerActive) {
            return rows;
        }
        return rows.stream().map(row -> row.outcome().equals(HistoryEntry.RUNNING) ? row.interruptedNow() : row)
                .toList();
    }

    public Optional<HistoryEntry> byId(long id) throws SQLException {
        List<HistoryEntry> rows = query(Sql.of("SELECT").kw(columns()).kw("FROM").name(StateSchema.SCHEMA, TABLE)
                .kw("WHERE").eq("id").number(id).build());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The columns read, with the runner's pid as null in states before version 5. */
    private String columns() throws SQLException {
        return COLUMNS + ", " + (StateSchema.hasRunnerPids(connection) ? "runner_pid" : "NULL::bigint AS runner_pid");
    }

    /** The plans in effect, oldest first: applies push, rollbacks pop. */
    public static List<AppliedPlan> appliedPlans(List<HistoryEntry> history) {
        Deque<AppliedPlan> stack = new ArrayDeque<>();
        for (HistoryEntry row : history) {
            if (row.action().equals(HistoryEntry.APPLY) && (row.outcome().equals(HistoryEntry.APPLIED)
                    || row.outcome().equals(HistoryEntry.INCOMPLETE))) {
                stack.addLast(new AppliedPlan(row.planId(), row.planSequence(), row.planChecksum(), row.id(),
                        row.outcome().equals(HistoryEntry.INCOMPLETE)));
            } else if (row.action().equals(HistoryEntry.ROLLBACK) && row.outcome().equals(HistoryEntry.ROLLED_BACK)
                    && !stack.isEmpty() && stack.peekLast().planId().equals(row.planId())) {
                stack.removeLast();
            }
        }
        return new ArrayList<>(stack);
    }

    /**
     * The catalog fingerprint the last successful apply or rollback left behind: what the live schema should
     * still be. Empty before the first apply.
     */
    public static Optional<String> expectedCatalog(List<HistoryEntry> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry row = history.get(i);
            if (!row.failed() && row.catalogFingerprintAfter() != null) {
                return Optional.of(row.catalogFingerprintAfter());
            }
        }
        return Optional.empty();
    }

    private List<HistoryEntry> query(String sql) throws SQLException {
        List<HistoryEntry> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(read(rs));
            }
        }
        return rows;
    }

    private static HistoryEntry read(ResultSet rs) throws SQLException {
        long duration = rs.getLong("duration_ms");
        Long durationMs = rs.wasNull() ? null : duration;
        int step = rs.getInt("failed_step");
        Integer failedStep = rs.wasNull() ? null : step;
        return new HistoryEntry(rs.getLong("id"), rs.getString("project"), rs.getString("action"),
                rs.getString("outcome"), rs.getString("plan_id"), rs.getInt("plan_sequence"),
                rs.getString("plan_checksum"), rs.getString("model_fingerprint_before"),
                rs.getString("model_fingerprint_after"), rs.getString("catalog_fingerprint_before"),
                rs.getString("catalog_fingerprint_after"), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), durationMs, rs.getString("db_user"), rs.getString("os_user"),
                rs.getString("host"), rs.getString("tool_version"), rs.getBoolean("allow_drift"),
                rs.getBoolean("drift_detected"), failedStep, rs.getString("error_text"),
                rs.getObject("runner_pid", Long.class));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
