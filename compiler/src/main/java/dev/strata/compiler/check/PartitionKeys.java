package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.PartitionKey;
import dev.strata.compiler.model.Table;
import java.util.List;

/**
 * A partitioned table's method is range, list or hash; the columns of its key are its columns; and its primary
 * key, unique constraints and unique indexes hold every column of the partition key, as PostgreSQL requires (a
 * partition checks uniqueness only among its own rows). A key with expressions is left to PostgreSQL.
 */
public final class PartitionKeys implements SchemaRule {

    public static final String CODE = Code.UNIQUE_WITHOUT_PARTITION_KEY.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (Table table : model.core().tables()) {
            if (table.partitioned()) {
                inspect(table, table.partitionBy(), diagnostics);
            }
        }
    }

    private static void inspect(Table table, PartitionKey key, Diagnostics diagnostics) {
        if (!PartitionKey.known(key.method())) {
            diagnostics.error(Code.UNKNOWN_PARTITION_METHOD.code(), key.span(), "table '" + table.name()
                    + "' is partitioned by '" + key.method() + "'", Suggestions.didYouMean(key.method(),
                    List.of("range", "list", "hash"), "partition by range, list or hash"));
            return;
        }
        List<String> columns = key.columns();
        if (columns == null) {
            return;
        }
        var known = SchemaLookup.columns(table);
        for (String column : columns) {
            UnknownColumnReferences.require(known, column, "the partition key of table '" + table.name() + "'",
                    key.span(), diagnostics);
        }
        if (table.primaryKey() != null) {
            require(table, columns, table.primaryKey().columns(), "the primary key", table.primaryKey().span(),
                    diagnostics);
        }
        for (var unique : table.uniques()) {
            require(table, columns, unique.columns(), "a unique constraint", unique.span(), diagnostics);
        }
        for (Index index : table.indexes()) {
            if (index.unique()) {
                var elements = index.elements().stream().map(Index.IndexElement::column).toList();
                require(table, columns, elements, "a unique index", index.span(), diagnostics);
            }
        }
    }

    private static void require(Table table, List<String> keyColumns, List<String> columns, String what, Span span,
                                Diagnostics diagnostics) {
        var missing = keyColumns.stream().filter(c -> !columns.contains(c)).toList();
        if (missing.isEmpty()) {
            return;
        }
        diagnostics.error(CODE, span, what + " of partitioned table '" + table.name() + "' does not hold "
                        + "partition key column" + (missing.size() == 1 ? " '" : "s '") + String.join("', '", missing)
                        + "'",
                "PostgreSQL checks a unique key within each partition only; add " + String.join(", ", missing)
                        + " to the key");
    }
}
