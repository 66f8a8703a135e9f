package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;

/** One old name can become only one new one: two tables (or two columns of a table) renamed from one name. */
public final class RepeatedRenameSources implements SchemaRule {

    public static final String CODE = Code.REPEATED_RENAME_SOURCE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var tableSources = new FirstDeclarations();
        for (var table : model.core().tables()) {
            if (table.renamedFrom() != null) {
                var first = tableSources.claim(table.renamedFrom(), "table", table.span());
                if (first != null) {
                    diagnostics.report(repeated("table '" + table.name() + "'", table.renamedFrom(), table.span(),
                            first));
                }
            }
            var columnSources = new FirstDeclarations();
            for (var column : table.columns()) {
                if (column.renamedFrom() == null) {
                    continue;
                }
                var first = columnSources.claim(column.renamedFrom(), "column", column.span());
                if (first != null) {
                    diagnostics.report(repeated("column '" + table.name() + "." + column.name() + "'",
                            column.renamedFrom(), column.span(), first));
                }
            }
        }
    }

    private static Diagnostic repeated(String what, String old, Span span,
                                       FirstDeclarations.Holder first) {
        return Diagnostic.error(CODE, span, what + " is renamed from '" + old + "', but another " + first.kind()
                                + " already is",
                        "keep 'renamed from " + old + "' on the " + first.kind() + " that '" + old + "' became")
                .withNote(first.span(), "this " + first.kind() + " is also renamed from '" + old + "'");
    }
}
