package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Index.Direction;
import dev.strata.compiler.model.Index.IndexElement;
import dev.strata.compiler.model.Index.Nulls;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.sql.StorageParameters;
import dev.strata.engine.catalog.IndexQuery;
import dev.strata.engine.catalog.RelationQuery;
import java.util.ArrayList;

/**
 * One index of an imported table as a model {@link Index}: elements with their collation, operator class and
 * ordering when they differ from the defaults, included columns, storage parameters, the predicate. The name is
 * always kept.
 */
final class IndexBuilder {

    /** {@code pg_index.indoption} bits. */
    private static final int DESC = 1;
    private static final int NULLS_FIRST = 2;

    private final CatalogIndex index;

    IndexBuilder(CatalogIndex index) {
        this.index = index;
    }

    /** The index, or null (reported) when it cannot be imported. */
    Index build(RelationQuery.Row relation, IndexQuery.Row row) {
        String name = Findings.qualified(relation.schema(), row.name());
        if (!row.valid()) {
            index.findings.add("index", name, "the index is invalid (a failed CREATE INDEX CONCURRENTLY?); rebuild"
                    + " or drop it, then import again");
            return null;
        }
        if (row.ownTablespace()) {
            index.findings.add("index option", name, "the tablespace is not imported");
        }
        var elements = new ArrayList<IndexElement>();
        for (int k = 0; k < row.keyCount(); k++) {
            elements.add(element(relation, row, k));
        }
        var include = new ArrayList<String>();
        for (int k = row.keyCount(); k < row.columnNumbers().size(); k++) {
            include.add(index.columnName(relation.oid(), row.columnNumbers().get(k)));
        }
        String predicate = row.predicate() == null ? null : DeparsedSql.unwrap(row.predicate());
        var storage = StorageOptions.of(row.storage(), StorageParameters.INDEX.get(row.method()), index.findings,
                "index option", name);
        return new Index(row.name(), row.unique(), row.method().equals("btree") ? null : row.method(), elements,
                include, row.nullsNotDistinct(), storage, predicate, row.comment(), Span.NONE);
    }

    private IndexElement element(RelationQuery.Row relation, IndexQuery.Row row, int k) {
        int number = row.columnNumbers().get(k);
        String column = number == 0 ? null : index.columnName(relation.oid(), number);
        String expression = number == 0 ? DeparsedSql.unwrap(row.definitions().get(k)) : null;
        String collation = emptyToNull(row.collations().get(k));
        String opclass = emptyToNull(row.opclasses().get(k));
        int options = row.options().get(k);
        boolean desc = (options & DESC) != 0;
        boolean nullsFirst = (options & NULLS_FIRST) != 0;
        Nulls nulls = null;
        if (desc && !nullsFirst) {
            nulls = Nulls.LAST;
        } else if (!desc && nullsFirst) {
            nulls = Nulls.FIRST;
        }
        return new IndexElement(column, expression, collation, opclass, desc ? Direction.DESC : null, nulls, Span.NONE);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
