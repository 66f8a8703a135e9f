package dev.strata.plan;

import java.util.List;

/**
 * What a backfill step fills, for the runtime to do in batches outside any long transaction: column
 * {@code column} of {@code schema.table} gets {@code expression} (SQL over the row's columns, as a USING clause
 * reads them) in every row where it is still NULL, walking the table by its key ({@code keyColumns}, of SQL types
 * {@code keyTypes}) in order, a batch a transaction. Rows written while it runs are kept right by a trigger of the
 * step before it, so the backfill only has the rows that were there when that trigger was made.
 * {@code triggersOff} runs each batch with {@code session_replication_role = replica}, so the table's own
 * triggers do not fire for a value the application never wrote.
 */
public record Backfill(String schema, String table, List<String> keyColumns, List<String> keyTypes, String column,
                       String expression, boolean triggersOff) {

    public Backfill {
        keyColumns = List.copyOf(keyColumns);
        keyTypes = List.copyOf(keyTypes);
        if (keyColumns.isEmpty() || keyColumns.size() != keyTypes.size()) {
            throw new IllegalArgumentException("a backfill walks a key: one type per key column");
        }
    }
}
