package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.StorageParameter;
import dev.strata.compiler.sql.StorageParameters;
import java.util.List;
import java.util.Set;

/**
 * A table's or an index's storage parameters are ones PostgreSQL has for it ({@link StorageParameters}): a table's
 * for a table, its method's for an index (an extension's method is left to PostgreSQL). The TOAST table's
 * ({@code toast.…}) are not supported yet: PostgreSQL keeps them on the TOAST table, which Strata does not read.
 * A partitioned table has no storage of its own, so it takes none (its partitions would). The values are
 * PostgreSQL's to check: the plan's verification on a scratch database applies them.
 */
public final class StorageParameterNames implements SchemaRule {

    public static final String UNKNOWN = Code.UNKNOWN_STORAGE_PARAMETER.code();
    public static final String PARTITIONED = Code.STORAGE_ON_PARTITIONED_TABLE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            String what = "table '" + table.name() + "'";
            if (table.partitioned() && !table.storage().isEmpty()) {
                diagnostics.error(PARTITIONED, table.storage().get(0).span(), "partitioned " + what
                        + " has storage parameters, which PostgreSQL refuses: it stores no rows itself",
                        "drop 'with (…)' from the table");
            } else {
                inspect(table.storage(), StorageParameters.TABLE, what, diagnostics);
            }
            for (var index : table.indexes()) {
                var method = index.method() == null ? "btree" : index.method();
                var names = StorageParameters.INDEX.get(method);
                if (names != null) {
                    var indexWhat = method + " index " + (index.name() == null ? "" : "'" + index.name() + "' ")
                            + "on " + what;
                    inspect(index.storage(), names, indexWhat, diagnostics);
                }
            }
        }
    }

    private static String fallback(Set<String> known) {
        if (known.size() > 4) {
            return "see 'Storage Parameters' under CREATE TABLE in PostgreSQL's documentation";
        }
        return "it takes " + String.join(", ", known.stream().sorted().toList());
    }

    private static void inspect(List<StorageParameter> parameters, Set<String> known, String what,
                                Diagnostics diagnostics) {
        for (var parameter : parameters) {
            if (parameter.name().startsWith("toast.")) {
                diagnostics.error(UNKNOWN, parameter.span(), what + " sets '" + parameter.name()
                        + "', a parameter of its TOAST table, which Strata does not support yet",
                        "set it outside Strata, or leave it out");
            } else if (!known.contains(parameter.name())) {
                diagnostics.error(UNKNOWN, parameter.span(), what + " has no storage parameter '"
                        + parameter.name() + "'", Suggestions.didYouMean(parameter.name(), known, fallback(known)));
            }
        }
    }
}
