package dev.strata.compiler.diff;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * The explicit renames between two models: which old table each target table continues, and which old column
 * each target column continues. A {@code renamed from} hint counts only when the old name exists in the previous
 * model and is not also a name in the target (a hint left in the sources after its plan is harmless).
 */
public final class TableRenames {

    /** new table name → old table name, for every target table that continues an old one. */
    private final Map<String, String> oldTable = new HashMap<>();
    /** old table name → new table name. */
    private final Map<String, String> newTable = new HashMap<>();
    /** new table name → (new column name → old column name). */
    private final Map<String, Map<String, String>> oldColumn = new HashMap<>();
    /** old table name → (old column name → new column name). */
    private final Map<String, Map<String, String>> newColumn = new HashMap<>();

    public static TableRenames of(Model from, Model to) {
        var renames = new TableRenames();
        var oldTables = SchemaDiff.byName(from.core().tables(), Table::name);
        var newTables = SchemaDiff.byName(to.core().tables(), Table::name);
        for (Table table : to.core().tables()) {
            Table before = oldTables.get(table.name());
            if (before == null && table.renamedFrom() != null && !newTables.containsKey(table.renamedFrom())) {
                before = oldTables.get(table.renamedFrom());
            }
            if (before == null) {
                continue;
            }
            renames.oldTable.put(table.name(), before.name());
            renames.newTable.put(before.name(), table.name());
            var columnsOld = new HashMap<String, String>();
            var columnsNew = new HashMap<String, String>();
            for (Column column : table.columns()) {
                Column old = before.column(column.name()).orElse(null);
                if (old == null && column.renamedFrom() != null && table.column(column.renamedFrom()).isEmpty()) {
                    old = before.column(column.renamedFrom()).orElse(null);
                }
                if (old != null) {
                    columnsOld.put(column.name(), old.name());
                    columnsNew.put(old.name(), column.name());
                }
            }
            renames.oldColumn.put(table.name(), columnsOld);
            renames.newColumn.put(before.name(), columnsNew);
        }
        return renames;
    }

    /** The old name of a target table, or null when it is new. */
    public String oldTableName(String newName) {
        return oldTable.get(newName);
    }

    /** The target name of an old table, or null when it is dropped. */
    public String newTableName(String oldName) {
        return newTable.get(oldName);
    }

    /** The old name of a target column, or null when it is new. */
    public String oldColumnName(String newTableName, String newColumnName) {
        return oldColumn.getOrDefault(newTableName, Map.of()).get(newColumnName);
    }

    /** The target name of an old column, or null when it is dropped (or its table is). */
    public String newColumnName(String oldTableName, String oldColumnName) {
        return newColumn.getOrDefault(oldTableName, Map.of()).get(oldColumnName);
    }
}
