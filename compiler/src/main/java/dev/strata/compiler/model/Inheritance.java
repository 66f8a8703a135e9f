package dev.strata.compiler.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Table inheritance: gives every child the columns it inherits (its parents' columns, theirs included, merged by
 * name in parent order, that it does not declare itself), as PostgreSQL does at CREATE TABLE … INHERITS. An
 * inherited column keeps the parent's type, not-null, default, generation expression and collation, but not its
 * identity (PostgreSQL does not inherit identity, but the child's column is not null), comment or rename. A
 * cycle or an unknown parent adds nothing from that parent (the checks report both).
 */
public final class Inheritance {

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Table> expanded = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private Inheritance(List<Table> tables) {
        tables.forEach(t -> this.tables.putIfAbsent(t.name(), t));
    }

    /** The tables with each child's inherited columns in place (tables without parents are returned as they are). */
    static List<Table> expand(List<Table> tables) {
        if (tables.stream().noneMatch(Table::child)) {
            return tables;
        }
        var inheritance = new Inheritance(tables);
        return tables.stream().map(t -> t.child() ? inheritance.expanded(t) : t).toList();
    }

    /** The columns a table declares itself (for a child: not the ones it only inherits). */
    public static List<Column> own(Table table) {
        if (!table.child()) {
            return table.columns();
        }
        var inherited = Set.copyOf(table.inherits().inherited());
        return table.columns().stream().filter(c -> !inherited.contains(c.name())).toList();
    }

    /** Whether {@code column} of {@code table} comes only from its parents. */
    public static boolean inherited(Table table, String column) {
        return table.child() && table.inherits().inherited().contains(column);
    }

    /** The tables that inherit directly from {@code parent}. */
    public static List<Table> children(Core core, String parent) {
        return core.tables().stream().filter(t -> t.parents().contains(parent)).toList();
    }

    /** Every table that inherits from {@code parent}, directly or through another, each once. */
    public static List<Table> descendants(Core core, String parent) {
        var found = new LinkedHashMap<String, Table>();
        var todo = new ArrayList<>(children(core, parent));
        while (!todo.isEmpty()) {
            Table next = todo.remove(0);
            if (!next.name().equals(parent) && found.putIfAbsent(next.name(), next) == null) {
                todo.addAll(children(core, next.name()));
            }
        }
        return List.copyOf(found.values());
    }

    private Table expanded(Table table) {
        var done = expanded.get(table.name());
        if (done != null) {
            return done;
        }
        if (!table.child() || !visiting.add(table.name())) {
            return table;
        }
        var own = own(table);
        var ownNames = new HashSet<String>();
        own.forEach(c -> ownNames.add(c.name()));
        var inherited = new LinkedHashMap<String, Column>();
        for (String parentName : table.parents()) {
            Table parent = tables.get(parentName);
            if (parent == null) {
                continue;
            }
            for (Column column : expanded(parent).columns()) {
                if (!ownNames.contains(column.name())) {
                    inherited.putIfAbsent(column.name(), inheritedCopy(column));
                }
            }
        }
        visiting.remove(table.name());
        var columns = new ArrayList<Column>(inherited.values());
        columns.addAll(own);
        var result = table.withColumns(columns).withInherits(new Inherits(table.inherits().parents(),
                List.copyOf(inherited.keySet()), table.inherits().span()));
        expanded.put(table.name(), result);
        return result;
    }

    private static Column inheritedCopy(Column c) {
        return new Column(c.name(), c.type(), c.notNull() || c.identity() != null, c.defaultExpr(), null,
                c.generated(), c.collation(), null, null, null, c.span());
    }
}
