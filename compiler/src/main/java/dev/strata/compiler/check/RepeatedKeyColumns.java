package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import java.util.HashSet;
import java.util.List;

/** PostgreSQL rejects a primary key or unique constraint that lists the same column twice. */
public final class RepeatedKeyColumns implements SchemaRule {

    public static final String CODE = Code.REPEATED_KEY_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            var pk = table.primaryKey();
            if (pk != null) {
                inspect("primary key", pk.columns(), pk.span(), diagnostics);
            }
            table.uniques().forEach(u -> inspect("unique constraint", u.columns(), u.span(), diagnostics));
        }
    }

    private static void inspect(String kind, List<String> columns, Span span, Diagnostics diagnostics) {
        var seen = new HashSet<String>();
        for (var column : columns) {
            if (!seen.add(column)) {
                diagnostics.error(CODE, span, "column '" + column + "' appears twice in the " + kind,
                        "list each column once");
                return;
            }
        }
    }
}
