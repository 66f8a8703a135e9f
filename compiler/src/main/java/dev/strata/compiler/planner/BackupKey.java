package dev.strata.compiler.planner;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.List;
import java.util.Set;

/**
 * The columns a backup is keyed by, so a restore finds each row again: the primary key, or else a unique
 * constraint over NOT NULL columns; none of them may be the column at risk or one the plan drops.
 */
final class BackupKey {

    private BackupKey() {
    }

    static List<String> of(Table table, Set<String> atRisk, Set<String> dropped) {
        if (table.primaryKey() != null && usable(table.primaryKey().columns(), atRisk, dropped)) {
            return table.primaryKey().columns();
        }
        for (UniqueConstraint unique : table.uniques()) {
            boolean notNull = unique.columns().stream()
                    .allMatch(name -> table.column(name).map(Column::notNull).orElse(false));
            if (notNull && usable(unique.columns(), atRisk, dropped)) {
                return unique.columns();
            }
        }
        return List.of();
    }

    private static boolean usable(List<String> columns, Set<String> atRisk, Set<String> dropped) {
        return columns.stream().noneMatch(c -> atRisk.contains(c) || dropped.contains(c));
    }
}
