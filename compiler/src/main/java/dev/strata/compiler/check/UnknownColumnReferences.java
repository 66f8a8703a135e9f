package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every column that a table's primary key, unique constraints, indexes (plain keys and {@code include}), foreign
 * keys (referencing side) and {@code update of} triggers name is a column of that table; every column that an
 * index of a materialized view names is one of the view's declared columns.
 */
public final class UnknownColumnReferences implements SchemaRule {

    public static final String CODE = Code.UNKNOWN_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            inspect(table, diagnostics);
        }
        for (var view : model.core().views()) {
            // only the names are looked up: a view column is no table Column
            var columns = new LinkedHashMap<String, Column>();
            view.columns().forEach(c -> columns.put(c.name(), null));
            var of = " of materialized view '" + view.name() + "'";
            for (var index : view.indexes()) {
                inspect(index, columns, "index" + (index.name() == null ? "" : " '" + index.name() + "'") + of,
                        diagnostics);
            }
        }
    }

    private static void inspect(Table table, Diagnostics diagnostics) {
        var columns = SchemaLookup.columns(table);
        var of = " of table '" + table.name() + "'";
        var pk = table.primaryKey();
        if (pk != null) {
            pk.columns().forEach(c -> require(columns, c, "the primary key" + of, pk.span(), diagnostics));
        }
        for (var unique : table.uniques()) {
            unique.columns().forEach(c -> require(columns, c, "a unique constraint" + of, unique.span(), diagnostics));
        }
        for (var index : table.indexes()) {
            inspect(index, columns, "index" + (index.name() == null ? "" : " '" + index.name() + "'") + of,
                    diagnostics);
        }
        for (var exclusion : table.exclusions()) {
            var what = "exclusion constraint" + (exclusion.name() == null ? "" : " '" + exclusion.name() + "'") + of;
            exclusion.elements().stream().map(e -> e.key()).filter(k -> k.column() != null)
                    .forEach(k -> require(columns, k.column(), what, k.span(), diagnostics));
            exclusion.include().forEach(c -> require(columns, c, what, exclusion.span(), diagnostics));
        }
        for (var fk : table.foreignKeys()) {
            fk.columns().forEach(c -> require(columns, c, "a foreign key" + of, fk.span(), diagnostics));
        }
        for (var trigger : table.triggers()) {
            trigger.updateColumns().forEach(c -> require(columns, c,
                    "trigger '" + trigger.name() + "'" + of, trigger.span(), diagnostics));
        }
    }

    private static void inspect(Index index, Map<String, Column> columns, String what, Diagnostics diagnostics) {
        for (var element : index.elements()) {
            if (element.column() != null) {
                require(columns, element.column(), what, element.span(), diagnostics);
            }
        }
        index.include().forEach(c -> require(columns, c, what, index.span(), diagnostics));
    }

    static void require(Map<String, Column> columns, String name, String what, Span span, Diagnostics diagnostics) {
        if (columns.containsKey(name)) {
            return;
        }
        diagnostics.error(CODE, span, "unknown column '" + name + "' in " + what,
                Suggestions.didYouMean(name, columns.keySet(), "declare the column, or correct the name"));
    }
}
