package dev.strata.engine.state;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code strata.backups}: data copied to {@code strata_backup.<backupTable>} before something destroyed
 * it. {@code takenBy} is {@code apply} (before a step; a rollback restores it) or {@code rollback} (before a step's
 * reverse; applying the plan again restores it). {@code restoredAt} is set when it was put back, {@code prunedAt}
 * when {@code backups prune} dropped it.
 */
public record BackupEntry(long id, String backupTable, String planId, int planSequence, int step, String sourceTable,
                          List<String> columns, List<String> keyColumns, long rowCount, Long historyId,
                          Instant createdAt, Instant restoredAt, Instant prunedAt, String takenBy) {

    public static final String APPLY = "apply";
    public static final String ROLLBACK = "rollback";

    public BackupEntry {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    public boolean live() {
        return prunedAt == null;
    }

    /** Taken by a rollback: the data the plan's next apply puts back. */
    public boolean byRollback() {
        return ROLLBACK.equals(takenBy);
    }
}
