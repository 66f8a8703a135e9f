package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Column;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A column gets its values from at most one of: a default, an identity, a generation expression, or a serial
 * type (which is a default on a sequence). PostgreSQL rejects every combination.
 */
public final class ColumnValueSources implements SchemaRule {

    public static final String CODE = Code.CONFLICTING_VALUE_SOURCES.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            for (var column : table.columns()) {
                var sources = sources(column);
                if (sources.size() < 2) {
                    continue;
                }
                diagnostics.error(CODE, column.span(), "column '" + table.name() + "." + column.name()
                                + "' has " + and(sources) + "; PostgreSQL allows only one of them",
                        "keep one: an identity or serial fills the column from a sequence, a generated column"
                                + " is computed, a default fills in what an insert leaves out");
            }
        }
    }

    private static List<String> sources(Column column) {
        var sources = new ArrayList<String>();
        if (TypeCatalog.isSerial(column.type())) {
            sources.add(TypeNames.canonicalName(column.type().name()) + " type");
        }
        if (column.identity() != null) {
            sources.add("identity");
        }
        if (column.generated() != null) {
            sources.add("generation expression");
        }
        if (column.defaultExpr() != null) {
            sources.add("default");
        }
        return sources;
    }

    /** "a default and an identity", "a serial type, an identity and a default". */
    private static String and(List<String> items) {
        var words = items.stream().map(Words::a).toList();
        var last = words.get(words.size() - 1);
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + last;
    }
}
