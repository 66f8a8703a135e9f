package dev.strata.compiler.check;

import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Sequence;

/** {@code owned by table.column} names a declared table and one of its columns. */
public final class SequenceOwners implements SchemaRule {

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (var sequence : model.core().sequences()) {
            if (sequence.ownedBy() != null) {
                inspect(sequence, lookup, diagnostics);
            }
        }
    }

    private static void inspect(Sequence sequence, SchemaLookup lookup, Diagnostics diagnostics) {
        int dot = sequence.ownedBy().lastIndexOf('.');
        var tableName = sequence.ownedBy().substring(0, Math.max(dot, 0));
        var columnName = sequence.ownedBy().substring(dot + 1);
        var table = lookup.table(tableName);
        if (table == null) {
            diagnostics.error(ForeignKeyTargets.UNKNOWN_TABLE, sequence.span(), "sequence '" + sequence.name()
                            + "' is owned by unknown table '" + tableName + "'",
                    Suggestions.didYouMean(tableName, lookup.tables().keySet(),
                            "declare the table in a core block, or correct the name"));
            return;
        }
        UnknownColumnReferences.require(SchemaLookup.columns(table), columnName,
                "'owned by' of sequence '" + sequence.name() + "'", sequence.span(), diagnostics);
    }
}
