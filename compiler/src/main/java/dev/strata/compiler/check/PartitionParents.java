package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;

/** A partition is of a declared table that is partitioned ({@code partition by …}). */
public final class PartitionParents implements SchemaRule {

    public static final String CODE = Code.PARTITION_OF_UNPARTITIONED.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        for (Table partition : core.tables()) {
            if (!partition.partition()) {
                continue;
            }
            String parent = partition.partitionOf().parent();
            var table = core.table(parent);
            if (table.isEmpty()) {
                var names = core.tables().stream().filter(Table::partitioned).map(Table::name).toList();
                diagnostics.error(Code.UNKNOWN_TABLE.code(), partition.partitionOf().span(),
                        "partition '" + partition.name() + "' is of table '" + parent + "', which is not declared",
                        Suggestions.didYouMean(parent, names, "declare the table with 'partition by'"));
                continue;
            }
            if (!table.get().partitioned()) {
                diagnostics.report(Diagnostic.error(CODE, partition.partitionOf().span(),
                                "partition '" + partition.name() + "' is of table '" + parent
                                        + "', which is not partitioned",
                                "add 'partition by range|list|hash (key)' to table '" + parent + "'")
                        .withNote(table.get().span(), "table '" + parent + "' is declared here"));
            }
        }
    }
}
