package dev.strata.compiler.plan;

import dev.strata.compiler.model.Table;
import dev.strata.compiler.sql.DefaultNames;
import java.util.ArrayList;

/** Whether a constraint or index name belongs to a table (explicit or generated name). */
final class DefaultNamesIndex {

    private DefaultNamesIndex() {
    }

    static boolean has(Table table, String name) {
        var names = DefaultNames.of(table);
        var nodes = new ArrayList<Object>();
        if (table.primaryKey() != null) {
            nodes.add(table.primaryKey());
        }
        nodes.addAll(table.uniques());
        nodes.addAll(table.checks());
        nodes.addAll(table.foreignKeys());
        nodes.addAll(table.indexes());
        return nodes.stream().anyMatch(n -> names.of(n).equals(name));
    }
}
