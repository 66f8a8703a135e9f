package dev.strata.compiler.check;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A foreign key with both ends resolved: the referencing columns and the referenced table and columns (its
 * primary key when the source names none). Null when anything is missing; the reference rules say what.
 */
record ForeignKeyTarget(Table table, List<Column> columns, List<Column> refColumns) {

    static ForeignKeyTarget resolve(Table owner, ForeignKey fk, SchemaLookup lookup) {
        var target = lookup.table(fk.refTable());
        if (target == null) {
            return null;
        }
        var refNames = referencedNames(fk, target);
        if (refNames == null || refNames.size() != fk.columns().size()) {
            return null;
        }
        var columns = find(SchemaLookup.columns(owner), fk.columns());
        var refColumns = find(SchemaLookup.columns(target), refNames);
        if (columns == null || refColumns == null) {
            return null;
        }
        return new ForeignKeyTarget(target, columns, refColumns);
    }

    /** The referenced column names: as written, or the target's primary key; null when there is neither. */
    static List<String> referencedNames(ForeignKey fk, Table target) {
        if (!fk.refColumns().isEmpty()) {
            return fk.refColumns();
        }
        return target.primaryKey() == null ? null : target.primaryKey().columns();
    }

    private static List<Column> find(Map<String, Column> columns, List<String> names) {
        var found = new ArrayList<Column>();
        for (var name : names) {
            var column = columns.get(name);
            if (column == null) {
                return null;
            }
            found.add(column);
        }
        return found;
    }
}
