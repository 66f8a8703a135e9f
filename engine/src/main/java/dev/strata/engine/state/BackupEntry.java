package dev.strata.engine.state;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code strata.backups}: data a step copied to {@code strata_backup.<backupTable>} before it ran.
 * {@code restoredAt} is set when a rollback restored it, {@code prunedAt} when {@code backups prune} dropped it.
 */
public record BackupEntry(long id, String backupTable, String planId, int planSequence, int step, String sourceTable,
                          List<String> columns, List<String> keyColumns, long rowCount, Long historyId,
                          Instant createdAt, Instant restoredAt, Instant prunedAt) {

    public BackupEntry {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    public boolean live() {
        return prunedAt == null;
    }
}
