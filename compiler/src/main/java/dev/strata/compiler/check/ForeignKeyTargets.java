package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;

/**
 * A foreign key references a declared table, and columns of it: those it names, or the table's primary key when
 * it names none (so the table must have one). Both sides have the same number of columns.
 */
public final class ForeignKeyTargets implements SchemaRule {

    public static final String UNKNOWN_TABLE = Code.UNKNOWN_TABLE.code();
    public static final String COUNT_MISMATCH = Code.FOREIGN_KEY_COLUMN_COUNT.code();
    public static final String NO_PRIMARY_KEY = Code.FOREIGN_KEY_WITHOUT_PRIMARY_KEY.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (var table : model.core().tables()) {
            for (var fk : table.foreignKeys()) {
                inspect(table, fk, lookup, diagnostics);
            }
        }
    }

    private static void inspect(Table table, ForeignKey fk, SchemaLookup lookup, Diagnostics diagnostics) {
        var target = lookup.table(fk.refTable());
        if (target == null) {
            diagnostics.error(UNKNOWN_TABLE, fk.span(), "foreign key of table '" + table.name()
                            + "' references unknown table '" + fk.refTable() + "'",
                    Suggestions.didYouMean(fk.refTable(), lookup.tables().keySet(),
                            "declare the table in a core block, or correct the name"));
            return;
        }
        if (fk.refColumns().isEmpty() && target.primaryKey() == null) {
            diagnostics.report(Diagnostic.error(NO_PRIMARY_KEY, fk.span(), "foreign key of table '" + table.name()
                                    + "' references table '" + target.name() + "', which has no primary key",
                            "name the referenced columns, or give '" + target.name() + "' a primary key")
                    .withNote(target.span(), "the table '" + target.name() + "' is declared here"));
            return;
        }
        var columns = SchemaLookup.columns(target);
        var what = "table '" + target.name() + "', referenced by a foreign key of table '" + table.name() + "'";
        fk.refColumns().forEach(c -> UnknownColumnReferences.require(columns, c, what, fk.span(), diagnostics));
        var refNames = ForeignKeyTarget.referencedNames(fk, target);
        if (refNames.size() != fk.columns().size()) {
            var referenced = fk.refColumns().isEmpty()
                    ? "the primary key of '" + target.name() + "', which has " + Words.count(refNames.size(), "column")
                    : Words.count(refNames.size(), "column") + " of '" + target.name() + "'";
            diagnostics.error(COUNT_MISMATCH, fk.span(), "foreign key " + Words.columnList(fk.columns())
                            + " has " + Words.count(fk.columns().size(), "column") + " but references " + referenced,
                    "reference as many columns as the foreign key has");
        }
    }
}
