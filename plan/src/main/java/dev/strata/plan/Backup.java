package dev.strata.plan;

import java.util.List;

/**
 * Data a step saves before it runs so that its reverse can restore it. {@code table} is the backup table's name
 * inside the {@code strata_backup} schema; {@code source} the core table it copies from; {@code columns} the
 * copied columns ({@code keyColumns} included, so restored values find their rows); {@code captureSql} the
 * statement the runtime runs (in the apply transaction) before the step.
 */
public record Backup(String table, String source, List<String> columns, List<String> keyColumns,
                     String captureSql) {

    public Backup {
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }
}
