package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/**
 * A warning: a table without a primary key cannot be referenced by default, nor its rows addressed reliably. A
 * partition has its parent's key.
 */
public final class MissingPrimaryKey implements SchemaRule {

    public static final String CODE = Code.MISSING_PRIMARY_KEY.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            if (table.primaryKey() != null || table.partition()) {
                continue;
            }
            diagnostics.warning(CODE, table.span(), "table '" + table.name() + "' has no primary key",
                    "add one, e.g. 'id bigint generated always as identity primary key'; rows without a key"
                            + " cannot be addressed reliably, by foreign keys, tools or replication");
        }
    }
}
