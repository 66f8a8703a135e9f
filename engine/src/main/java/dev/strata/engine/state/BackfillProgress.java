package dev.strata.engine.state;

import dev.strata.plan.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A backfill not finished yet, as {@code strata.backfill} records it: running now, or stopped (a failed batch, a
 * killed runner) and resumed by the next apply after {@code lastKey}. {@code rowsEstimate} is the table's
 * estimated size when the backfill started.
 */
public record BackfillProgress(String planId, int step, String source, long rowsDone, long rowsEstimate,
                               List<String> lastKey, Instant updatedAt) {

    public BackfillProgress {
        lastKey = lastKey == null ? List.of() : List.copyOf(lastKey);
    }

    /** The unfinished backfills, oldest first; none when this database's state has no backfill table yet. */
    public static List<BackfillProgress> unfinished(Connection connection) throws SQLException {
        var found = new ArrayList<BackfillProgress>();
        try (var statement = connection.createStatement();
             ResultSet exists = statement.executeQuery(Sql.of("SELECT pg_catalog.to_regclass(")
                     .lit(Sql.qualified(StateSchema.SCHEMA, "backfill")).kw(") IS NOT NULL").build())) {
            if (!exists.next() || !exists.getBoolean(1)) {
                return found;
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(Sql.of("SELECT h.plan_id, b.step, b.source,"
                + " b.rows_done, coalesce(b.rows_estimate, 0), b.last_key, b.updated_at FROM").name(StateSchema.SCHEMA,
                "backfill").kw("AS b JOIN").name(StateSchema.SCHEMA, "history").kw("AS h ON h.id = b.history_id"
                + " WHERE b.finished_at IS NULL ORDER BY b.started_at").build());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Array key = rs.getArray(6);
                found.add(new BackfillProgress(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), key == null ? null : List.of((String[]) key.getArray()),
                        rs.getTimestamp(7).toInstant()));
            }
        }
        return found;
    }
}
