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

/** Reads and writes {@code strata.history}. Writers run inside the caller's transaction. */
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
                "drift_detected")).kw("VALUES").open();
        for (int i = 0; i < 15; i++) {
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
            ps.setBoolean(i, start.driftDetected());
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

    public List<HistoryEntry> all() throws SQLException {
        return query("SELECT " + COLUMNS + " FROM strata.history ORDER BY id");
    }

    public Optional<HistoryEntry> byId(long id) throws SQLException {
        List<HistoryEntry> rows = query(Sql.of("SELECT").kw(COLUMNS).kw("FROM").name(StateSchema.SCHEMA, TABLE)
                .kw("WHERE").eq("id").number(id).build());
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
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
                rs.getBoolean("drift_detected"), failedStep, rs.getString("error_text"));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
