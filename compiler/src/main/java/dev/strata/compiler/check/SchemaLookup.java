package dev.strata.compiler.check;

import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Table;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The core's tables and routines by name, so rules look names up instead of scanning lists. Where a name is
 * declared twice the first declaration wins; the duplicate itself is reported by the duplicate-name rules.
 */
final class SchemaLookup {

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Routine> routines = new HashMap<>();

    private SchemaLookup() {
    }

    static SchemaLookup of(Model model) {
        var lookup = new SchemaLookup();
        model.core().tables().forEach(t -> lookup.tables.putIfAbsent(t.name(), t));
        model.core().routines().forEach(r -> lookup.routines.putIfAbsent(r.name(), r));
        return lookup;
    }

    Table table(String name) {
        return tables.get(name);
    }

    Map<String, Table> tables() {
        return tables;
    }

    Routine routine(String name) {
        return routines.get(name);
    }

    Map<String, Routine> routines() {
        return routines;
    }

    /** The columns of one table by name, first declaration winning. */
    static Map<String, Column> columns(Table table) {
        var columns = new LinkedHashMap<String, Column>();
        table.columns().forEach(c -> columns.putIfAbsent(c.name(), c));
        return columns;
    }
}
