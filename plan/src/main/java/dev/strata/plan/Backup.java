package dev.strata.plan;

import java.util.List;

/**
 * Data saved before something destroys it, so it can be put back. {@code table} is the backup table's name inside
 * the {@code strata_backup} schema; {@code source} the core table it copies from; {@code columns} the copied columns
 * ({@code keyColumns} included, so restored values find their rows); {@code captureSql} the statement the runtime
 * runs before the destructive statement, in the same transaction.
 *
 * <p>As a step's {@link Step#backup()} it is taken before the step (apply) and the step's reverse restores it. As
 * a step's {@link Step#reverseBackup()} it is taken before the step's reverse (rollback), and {@code restoreSql}
 * puts the rows back after the step runs again (a re-apply); {@code restoreSql} is null when the rows cannot be
 * matched again (no key), and then the backup is kept for a person to use.
 */
public record Backup(String table, String source, List<String> columns, List<String> keyColumns,
                     String captureSql, String restoreSql) {

    public Backup {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    /** A backup taken before a step, restored by the step's reverse. */
    public static Backup beforeStep(String table, String source, List<String> columns, List<String> keyColumns,
                                    String captureSql) {
        return new Backup(table, source, columns, keyColumns, captureSql, null);
    }
}
