package dev.strata.compiler.format;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each part of a table is printed: inline on a column, on its own line after the columns (the tail), before
 * the columns (the top), or between two columns.
 *
 * <p>Two facts of the grammar shape it. The parser appends constraints to the table's lists in the order it reads
 * them, so the layout must read back in the same order. And a column's options run on across line ends: a
 * {@code check}, a {@code unique index} or a {@code comment} written right after a column line would be read as
 * more options of that column. So the first line after a column must be one that cannot continue it (a table key,
 * unique or foreign key, a plain index, a trigger); when the canonical order would put a check, a unique index or
 * the comment there, a line that can go first is brought forward, or else those lines go before the columns.
 *
 * <p>Canonical order: single-column keys, uniques and foreign keys and every column check inline; then the
 * table-level primary key, uniques, foreign keys, checks, indexes, triggers and comment.
 */
final class TableLayout {

    /** The table's comment clause, as an item of the layout. */
    record TableComment(String text) {
    }

    /** What goes on one column's line, and the lines just before it. */
    static final class Slot {
        final List<Object> before = new ArrayList<>();
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

    final List<Object> top = new ArrayList<>();
    final List<Slot> slots = new ArrayList<>();
    final List<Object> tail = new ArrayList<>();

    private final Table table;
    private final Map<String, Integer> positions = new HashMap<>();
    private PrimaryKey tablePrimaryKey;
    private final List<UniqueConstraint> tableUniques = new ArrayList<>();
    private final List<ForeignKey> tableForeignKeys = new ArrayList<>();
    private final List<Check> tailChecks = new ArrayList<>();
    private final List<Object> indexes;
    private final List<Object> triggers;

    private TableLayout(Table table) {
        this.table = table;
        for (int i = 0; i < table.columns().size(); i++) {
            positions.putIfAbsent(table.columns().get(i).name(), i);
            slots.add(new Slot());
        }
        indexes = new ArrayList<>(table.indexes());
        triggers = new ArrayList<>(table.triggers());
        placePrimaryKey(table.primaryKey());
        placeUniques(table.uniques());
        placeForeignKeys(table.foreignKeys());
        placeChecks(table.checks());
        separateGaps();
        buildTail();
    }

    static TableLayout of(Table table) {
        return new TableLayout(table);
    }

    /** Whether a line can directly follow a column line without being read as more options of that column. */
    static boolean canFollowColumn(Object item) {
        if (item instanceof Check || item instanceof TableComment) {
            return false;
        }
        return !(item instanceof Index index && index.unique());
    }

    private void placePrimaryKey(PrimaryKey key) {
        if (key == null) {
            return;
        }
        int position = singleColumn(key.columns(), key.span());
        if (position < 0) {
            tablePrimaryKey = key;
            return;
        }
        slots.get(position).primaryKey = key;
    }

    private void placeUniques(List<UniqueConstraint> uniques) {
        int cursor = 0;
        for (var unique : uniques) {
            int position = tableUniques.isEmpty() ? singleColumn(unique.columns(), unique.span()) : -1;
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
            int position = tableForeignKeys.isEmpty() ? singleColumn(key.columns(), key.span()) : -1;
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
     * the list: then it goes before the columns when no column check precedes it, or else between the column of
     * the column check before it and the next column.
     */
    private void placeChecks(List<Check> checks) {
        int[] columnOf = new int[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            var column = checks.get(i).column();
            columnOf[i] = column == null ? -1 : position(column, checks.get(i).span());
        }
        int previousColumn = -1;
        for (int i = 0; i < checks.size(); i++) {
            var check = checks.get(i);
            if (columnOf[i] >= 0) {
                slots.get(columnOf[i]).checks.add(check);
                previousColumn = columnOf[i];
            } else if (!columnCheckFollows(columnOf, i)) {
                tailChecks.add(check);
            } else if (previousColumn < 0) {
                top.add(check);
            } else {
                slots.get(Math.min(previousColumn + 1, slots.size() - 1)).before.add(check);
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

    /** Checks between two columns are led by a line that may follow a column (see {@link #takeSeparator}). */
    private void separateGaps() {
        for (int position = 1; position < slots.size(); position++) {
            var before = slots.get(position).before;
            if (before.isEmpty()) {
                continue;
            }
            var separator = takeSeparator(position);
            if (separator.isEmpty()) {
                top.addAll(before);
                before.clear();
            } else {
                before.addAll(0, separator);
            }
        }
    }

    /**
     * The tail in canonical order, led if need be by a line that can follow a column. Table checks must stay
     * after the column checks, so a key may come off its column to lead them; a unique index or the comment
     * is simply printed before the columns instead.
     */
    private void buildTail() {
        var canonical = canonicalTail();
        if (canonical.isEmpty() || slots.isEmpty() || canFollowColumn(canonical.get(0))) {
            tail.addAll(canonical);
            return;
        }
        List<Object> separator;
        if (!tailChecks.isEmpty()) {
            separator = takeSeparator(slots.size());
        } else {
            separator = takeAll(triggers);
        }
        if (separator.isEmpty()) {
            top.addAll(canonical);
            return;
        }
        tail.addAll(separator);
        tail.addAll(canonicalTail());
    }

    private List<Object> canonicalTail() {
        var items = new ArrayList<Object>();
        if (tablePrimaryKey != null) {
            items.add(tablePrimaryKey);
        }
        items.addAll(tableUniques);
        items.addAll(tableForeignKeys);
        items.addAll(tailChecks);
        items.addAll(indexes);
        items.addAll(triggers);
        if (table.comment() != null) {
            items.add(new TableComment(table.comment()));
        }
        return items;
    }

    /**
     * Lines that can follow a column, to print just before column {@code position} (the tail when it is the
     * number of columns), taken from where they would otherwise go: the triggers; the indexes when the first is
     * not unique; the primary key; the table-level uniques or foreign keys when no inline one of the same list
     * comes later; or the last inline unique or foreign key when it sits on an earlier column. Each keeps the order
     * of its list. Empty when there is none.
     */
    private List<Object> takeSeparator(int position) {
        if (!triggers.isEmpty()) {
            return takeAll(triggers);
        }
        if (!indexes.isEmpty() && canFollowColumn(indexes.get(0))) {
            return takeAll(indexes);
        }
        var key = takePrimaryKey();
        if (!key.isEmpty()) {
            return key;
        }
        int lastUnique = lastSlotWith(slot -> !slot.uniques.isEmpty());
        if (!tableUniques.isEmpty() && lastUnique < position) {
            var taken = new ArrayList<Object>(tableUniques);
            tableUniques.clear();
            return taken;
        }
        int lastForeignKey = lastSlotWith(slot -> !slot.foreignKeys.isEmpty());
        if (!tableForeignKeys.isEmpty() && lastForeignKey < position) {
            var taken = new ArrayList<Object>(tableForeignKeys);
            tableForeignKeys.clear();
            return taken;
        }
        if (lastUnique >= 0 && lastUnique < position) {
            var uniques = slots.get(lastUnique).uniques;
            return new ArrayList<>(List.of(uniques.remove(uniques.size() - 1)));
        }
        if (lastForeignKey >= 0 && lastForeignKey < position) {
            var keys = slots.get(lastForeignKey).foreignKeys;
            return new ArrayList<>(List.of(keys.remove(keys.size() - 1)));
        }
        return new ArrayList<>();
    }

    private int lastSlotWith(java.util.function.Predicate<Slot> test) {
        for (int position = slots.size() - 1; position >= 0; position--) {
            if (test.test(slots.get(position))) {
                return position;
            }
        }
        return -1;
    }

    /** The primary key as a table-level line, taken off its column when it was inline. */
    private List<Object> takePrimaryKey() {
        if (tablePrimaryKey != null) {
            var key = tablePrimaryKey;
            tablePrimaryKey = null;
            return new ArrayList<>(List.of(key));
        }
        for (var slot : slots) {
            if (slot.primaryKey != null) {
                var key = slot.primaryKey;
                slot.primaryKey = null;
                return new ArrayList<>(List.of(key));
            }
        }
        return new ArrayList<>();
    }

    private static List<Object> takeAll(List<Object> items) {
        var taken = new ArrayList<>(items);
        items.clear();
        return taken;
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
        var columns = table.columns();
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
