package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/**
 * {@code renamed from X} says X no longer exists under that name. If a table (or a column of the same table)
 * called X is still declared, the hint contradicts the sources: the planner cannot rename X and keep it.
 */
public final class StaleRenameHints implements SchemaRule {

    public static final String CODE = Code.STALE_RENAME_HINT.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (var table : model.core().tables()) {
            var old = table.renamedFrom();
            if (old != null && old.equals(table.name())) {
                diagnostics.error(CODE, table.span(), "table '" + table.name() + "' is renamed from its own name",
                        "remove 'renamed from " + old + "'");
            } else if (old != null && lookup.table(old) != null) {
                diagnostics.report(Diagnostic.error(CODE, table.span(), "table '" + table.name()
                                        + "' is renamed from '" + old + "', which is still declared",
                                "remove 'renamed from " + old + "' if '" + old + "' is a different table, or"
                                        + " remove the old declaration if it was renamed")
                        .withNote(lookup.table(old).span(), "the table '" + old + "' is declared here"));
            }
            var columns = SchemaLookup.columns(table);
            for (var column : table.columns()) {
                var oldColumn = column.renamedFrom() == null ? null : columns.get(column.renamedFrom());
                if (oldColumn == null) {
                    continue;
                }
                if (column.renamedFrom().equals(column.name())) {
                    diagnostics.error(CODE, column.span(), "column '" + table.name() + "." + column.name()
                            + "' is renamed from its own name", "remove 'renamed from " + column.name() + "'");
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, column.span(), "column '" + table.name() + "."
                                        + column.name() + "' is renamed from '" + oldColumn.name()
                                        + "', which is still a column of the table",
                                "remove 'renamed from " + oldColumn.name() + "' if it is a different column, or"
                                        + " remove the old column if it was renamed")
                        .withNote(oldColumn.span(), "the column '" + oldColumn.name() + "' is declared here"));
            }
        }
    }
}
