package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Table;

/**
 * A partitioned table has no exclusion constraints: PostgreSQL before 17 refuses them there, and 17 only with every
 * partition key column compared by equality. Strata plans for 13 and later, so it refuses them on every version.
 */
public final class PartitionedExclusions implements SchemaRule {

    public static final String CODE = Code.EXCLUSION_ON_PARTITIONED_TABLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (Table table : model.core().tables()) {
            if (!table.partitioned()) {
                continue;
            }
            for (var exclusion : table.exclusions()) {
                diagnostics.error(CODE, exclusion.span(), "partitioned table '" + table.name()
                                + "' has an exclusion constraint",
                        "PostgreSQL before 17 has no exclusion constraints on partitioned tables; put it on a table"
                                + " that is not partitioned, or use a unique key");
            }
        }
    }
}
