package dev.strata.engine.state;

import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads and writes {@code strata.backups}, and keeps the backup tables' names free for the next capture. */
public final class BackupCatalog {

    private static final String TABLE = "backups";
    private static final String COLUMNS = "id, backup_table, plan_id, plan_sequence, step, source_table, columns,"
            + " key_columns, row_count, history_id, created_at, restored_at, pruned_at";

    private final Connection connection;

    public BackupCatalog(Connection connection) {
        this.connection = connection;
    }

    public long record(String backupTable, String planId, int planSequence, int step, String sourceTable,
                       List<String> columns, List<String> keyColumns, long rowCount, long historyId, String takenBy)
            throws SQLException {
        String sql = Sql.insertInto(StateSchema.SCHEMA, TABLE, List.of("backup_table", "plan_id", "plan_sequence",
                "step", "source_table", "columns", "key_columns", "row_count", "history_id", "taken_by")).kw("VALUES")
                .params(10).kw("RETURNING").id("id").build();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, backupTable);
            ps.setString(2, planId);
            ps.setInt(3, planSequence);
            ps.setInt(4, step);
            ps.setString(5, sourceTable);
            ps.setString(6, String.join(",", columns));
            ps.setString(7, String.join(",", keyColumns));
            ps.setLong(8, rowCount);
            ps.setLong(9, historyId);
            ps.setString(10, takenBy);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A backup table of the same name left by an earlier apply of this plan (applied, rolled back, applied again)
     * is renamed to {@code <name>_<id>} so the new capture can use the name the plan's reverse SQL reads.
     */
    public void moveAsideExisting(String backupTable) throws SQLException {
        if (!tableExists(backupTable)) {
            return;
        }
        long id = latestIdFor(backupTable);
        // "_b<id>": the strata.backups row that describes it, so the name says where to look it up
        String suffix = "_b" + (id > 0 ? id : System.currentTimeMillis());
        String base = backupTable.length() + suffix.length() > 63
                ? backupTable.substring(0, 63 - suffix.length()) : backupTable;
        String newName = base + suffix;
        try (Statement statement = connection.createStatement()) {
            statement.execute(Sql.of("ALTER TABLE").name(StateSchema.BACKUP_SCHEMA, backupTable).kw("RENAME TO")
                    .id(newName).build());
        }
        if (id > 0) {
            try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                    .eq("backup_table").param().kw("WHERE").eq("id").param().build())) {
                ps.setString(1, newName);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    /** Marks the latest live backup of a plan's step taken by {@code takenBy} as put back. */
    public void markRestored(String planId, int step, String takenBy) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                .eq("restored_at").kw("now()").kw("WHERE").eq("id").open().kw("SELECT max(").id("id").close()
                .kw("FROM").name(StateSchema.SCHEMA, TABLE).kw("WHERE").eq("plan_id").param().kw("AND").eq("step")
                .param().kw("AND").eq("taken_by").param().kw("AND").id("pruned_at").kw("IS NULL").close().build())) {
            ps.setString(1, planId);
            ps.setInt(2, step);
            ps.setString(3, takenBy);
            ps.executeUpdate();
        }
    }

    /**
     * Whether a rollback kept data of this plan's step that is not put back yet (and not pruned): the next apply
     * of the step restores it.
     */
    public boolean keptByRollback(String planId, int step) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM strata.backups WHERE plan_id = ? AND step = ? AND taken_by = 'rollback'
                               AND restored_at IS NULL AND pruned_at IS NULL)""")) {
            ps.setString(1, planId);
            ps.setInt(2, step);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public void markPruned(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(Sql.update(StateSchema.SCHEMA, TABLE).kw("SET")
                .eq("pruned_at").kw("now()").kw("WHERE").eq("id").param().build())) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    public long countRows(String backupTable) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                Sql.of("SELECT count(*) FROM").name(StateSchema.BACKUP_SCHEMA, backupTable).build())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public boolean tableExists(String backupTable) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, Sql.qualified(StateSchema.BACKUP_SCHEMA, backupTable));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    public List<BackupEntry> all() throws SQLException {
        List<BackupEntry> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + COLUMNS + ", " + (StateSchema.hasBackupTakers(connection)
                     ? "taken_by" : "'apply' AS taken_by") + " FROM strata.backups ORDER BY id")) {
            while (rs.next()) {
                long history = rs.getLong("history_id");
                Long historyId = rs.wasNull() ? null : history;
                rows.add(new BackupEntry(rs.getLong("id"), rs.getString("backup_table"), rs.getString("plan_id"),
                        rs.getInt("plan_sequence"), rs.getInt("step"), rs.getString("source_table"),
                        split(rs.getString("columns")), split(rs.getString("key_columns")), rs.getLong("row_count"),
                        historyId, HistoryStore.instant(rs.getTimestamp("created_at")),
                        HistoryStore.instant(rs.getTimestamp("restored_at")),
                        HistoryStore.instant(rs.getTimestamp("pruned_at")), rs.getString("taken_by")));
            }
        }
        return rows;
    }

    private long latestIdFor(String backupTable) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT coalesce(max(id), 0) FROM strata.backups WHERE backup_table = ?")) {
            ps.setString(1, backupTable);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
