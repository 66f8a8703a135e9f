package dev.strata.compiler.format;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each constraint of a table is printed: inline on its column, or as a table-level line.
 *
 * <p>Single-column keys, uniques and foreign keys go inline, and so do checks written on a column. The parser
 * appends constraints to the table's lists in the order it reads them, so the layout must read back in the same
 * order: once a list has a constraint that must be printed after the columns, every later one of that list is
 * printed there too. A table-level check that precedes a column check in the list is printed just before that
 * column, the only place that keeps both the order and the check's column.
 */
final class TableLayout {

    final List<Slot> slots;
    final PrimaryKey tablePrimaryKey;
    final List<UniqueConstraint> tableUniques = new ArrayList<>();
    final List<ForeignKey> tableForeignKeys = new ArrayList<>();
    final List<Check> tableChecks = new ArrayList<>();

    private TableLayout(Table table) {
        var positions = new HashMap<String, Integer>();
        slots = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            positions.putIfAbsent(table.columns().get(i).name(), i);
            slots.add(new Slot());
        }
        tablePrimaryKey = placePrimaryKey(table.primaryKey(), positions);
        placeUniques(table.uniques(), positions);
        placeForeignKeys(table.foreignKeys(), positions);
        placeChecks(table.checks(), positions);
    }

    static TableLayout of(Table table) {
        return new TableLayout(table);
    }

    /** What goes on, and just before, one column's line. */
    static final class Slot {
        final List<Check> checksBefore = new ArrayList<>();
        PrimaryKey primaryKey;
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Check> checks = new ArrayList<>();

        /** The constraints printed on the column's line, whose comments go with that line. */
        List<Object> inlineNodes() {
            var nodes = new ArrayList<Object>();
            if (primaryKey != null) {
                nodes.add(primaryKey);
            }
            nodes.addAll(uniques);
            nodes.addAll(foreignKeys);
            nodes.addAll(checks);
            return nodes;
        }
    }

    private PrimaryKey placePrimaryKey(PrimaryKey key, Map<String, Integer> positions) {
        if (key == null) {
            return null;
        }
        var position = singleColumn(key.columns(), positions);
        if (position < 0) {
            return key;
        }
        slots.get(position).primaryKey = key;
        return null;
    }

    private void placeUniques(List<UniqueConstraint> uniques, Map<String, Integer> positions) {
        int cursor = 0;
        for (var unique : uniques) {
            int position = tableUniques.isEmpty() ? singleColumn(unique.columns(), positions) : -1;
            if (position >= cursor) {
                slots.get(position).uniques.add(unique);
                cursor = position;
            } else {
                tableUniques.add(unique);
            }
        }
    }

    private void placeForeignKeys(List<ForeignKey> keys, Map<String, Integer> positions) {
        int cursor = 0;
        for (var key : keys) {
            int position = tableForeignKeys.isEmpty() ? singleColumn(key.columns(), positions) : -1;
            if (position >= cursor) {
                slots.get(position).foreignKeys.add(key);
                cursor = position;
            } else {
                tableForeignKeys.add(key);
            }
        }
    }

    private void placeChecks(List<Check> checks, Map<String, Integer> positions) {
        var pending = new ArrayList<Check>();
        for (var check : checks) {
            var position = check.column() == null ? null : positions.get(check.column());
            if (position == null) {
                pending.add(check);
                continue;
            }
            var slot = slots.get(position);
            slot.checksBefore.addAll(pending);
            pending.clear();
            slot.checks.add(check);
        }
        tableChecks.addAll(pending);
    }

    private static int singleColumn(List<String> columns, Map<String, Integer> positions) {
        if (columns.size() != 1) {
            return -1;
        }
        return positions.getOrDefault(columns.get(0), -1);
    }
}
