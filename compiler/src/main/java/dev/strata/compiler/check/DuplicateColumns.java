package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** A table declares each column once. */
public final class DuplicateColumns implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_COLUMN.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            var names = new FirstDeclarations();
            for (var column : table.columns()) {
                var first = names.claim(column.name(), "column", column.span());
                if (first == null) {
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, column.span(),
                                "column '" + column.name() + "' is declared twice in table '" + table.name() + "'",
                                "remove one of them, or rename it")
                        .withNote(first.span(), "the column '" + column.name() + "' is first declared here"));
            }
        }
    }
}
