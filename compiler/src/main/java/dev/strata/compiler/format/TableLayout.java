package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Inheritance;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of a table is printed: inline on a column, on its own line after the columns (the tail), or,
 * for a table check that the source put among the columns, before the columns or between two of them.
 *
 * <p>Canonical order: single-column keys, uniques and foreign keys and every column check inline; then the
 * table-level primary key, uniques, foreign keys, checks, indexes, triggers, row level security, policies and
 * comment. The parser appends
 * constraints to the table's lists in the order it reads them, and that order is part of the schema, so the
 * layout departs from the canonical one where it must to keep it: a single-column unique or foreign key written
 * after a table-level one of its kind stays table-level, and a table check written before a column check stays
 * before that column. Lines printed at the columns' indentation are table items: the parser reads a check or
 * comment that starts such a line as the table's, not as the previous column's. A constraint with a comment is
 * always a line of its own: on a column's line the comment would be the column's.
 */
final class TableLayout {

    /** The table's comment clause, as an item of the layout. */
    record TableComment(String text) {
    }

    /** What goes on one column's line, and the table checks just before it. */
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

    final List<Check> top = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();
    final List<Object> tail = new ArrayList<>();

    private final Table table;
    private final Map<String, Integer> positions = new HashMap<>();
    private PrimaryKey tablePrimaryKey;
    private final List<UniqueConstraint> tableUniques = new ArrayList<>();
    private final List<ForeignKey> tableForeignKeys = new ArrayList<>();
    private final List<Check> tableChecks = new ArrayList<>();

    private TableLayout(Table table) {
        this.table = table;
        var own = Inheritance.own(table);
        for (int i = 0; i < own.size(); i++) {
            positions.putIfAbsent(own.get(i).name(), i);
            slots.add(new Slot());
        }
        placePrimaryKey(table.primaryKey());
        placeUniques(table.uniques());
        placeForeignKeys(table.foreignKeys());
        placeChecks(table.checks());
        buildTail();
    }

    static TableLayout of(Table table) {
        return new TableLayout(table);
    }

    private void placePrimaryKey(PrimaryKey key) {
        if (key == null) {
            return;
        }
        int position = key.comment() != null ? -1 : singleColumn(key.columns(), key.span());
        if (position < 0) {
            tablePrimaryKey = key;
            return;
        }
        slots.get(position).primaryKey = key;
    }

    private void placeUniques(List<UniqueConstraint> uniques) {
        int cursor = 0;
        for (var unique : uniques) {
            int position = tableUniques.isEmpty() && unique.comment() == null
                    ? singleColumn(unique.columns(), unique.span()) : -1;
            if (position >= cursor) {
                slots.get(position).uniques.add(unique);
                cursor = position;
            } else {
                tableUniques.add(unique);
            }
        }
    }

    private void placeForeignKeys(List<ForeignKey> keys) {
        int cursor = 0;
        for (var key : keys) {
            int position = tableForeignKeys.isEmpty() && key.comment() == null
                    ? singleColumn(key.columns(), key.span()) : -1;
            if (position >= cursor) {
                slots.get(position).foreignKeys.add(key);
                cursor = position;
            } else {
                tableForeignKeys.add(key);
            }
        }
    }

    /**
     * Column checks go on their column. A table check goes after the columns, unless a column check follows it in
     * the list: then it goes before the columns when no column check precedes it, or else just after the column
     * of the column check before it.
     */
    private void placeChecks(List<Check> checks) {
        int[] columnOf = new int[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            var column = checks.get(i).column();
            // a commented check is a table check (the parser gives a check on a column's line no comment)
            boolean own = column == null || checks.get(i).comment() != null;
            columnOf[i] = own ? -1 : position(column, checks.get(i).span());
        }
        int previousColumn = -1;
        for (int i = 0; i < checks.size(); i++) {
            var check = checks.get(i);
            if (columnOf[i] >= 0) {
                slots.get(columnOf[i]).checks.add(check);
                previousColumn = columnOf[i];
            } else if (!columnCheckFollows(columnOf, i)) {
                tableChecks.add(check);
            } else if (previousColumn < 0) {
                top.add(check);
            } else {
                slots.get(Math.min(previousColumn + 1, slots.size() - 1)).checksBefore.add(check);
            }
        }
    }

    private static boolean columnCheckFollows(int[] columnOf, int index) {
        for (int i = index + 1; i < columnOf.length; i++) {
            if (columnOf[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private void buildTail() {
        if (tablePrimaryKey != null) {
            tail.add(tablePrimaryKey);
        }
        tail.addAll(tableUniques);
        tail.addAll(tableForeignKeys);
        tail.addAll(tableChecks);
        tail.addAll(table.exclusions());
        tail.addAll(table.indexes());
        tail.addAll(table.triggers());
        tail.addAll(table.rowSecurity());
        tail.addAll(table.policies());
        if (table.comment() != null) {
            tail.add(new TableComment(table.comment()));
        }
    }

    private int singleColumn(List<String> columns, Span span) {
        if (columns.size() != 1) {
            return -1;
        }
        return position(columns.get(0), span);
    }

    /**
     * The column a constraint belongs on: the one whose source holds it (which tells apart two columns of the
     * same name), else the first column of that name; -1 if there is none.
     */
    private int position(String column, Span span) {
        var columns = Inheritance.own(table);
        if (span != null && span.isKnown() && span.start() >= 0) {
            for (int i = 0; i < columns.size(); i++) {
                var at = columns.get(i).span();
                if (columns.get(i).name().equals(column) && at.start() <= span.start() && span.end() <= at.end()) {
                    return i;
                }
            }
        }
        return positions.getOrDefault(column, -1);
    }
}
