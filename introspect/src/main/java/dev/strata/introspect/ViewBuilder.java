package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.engine.catalog.RelationQuery;
import java.util.List;

/**
 * One view or materialized view that {@link RelationCheck} accepted, as a model {@link View}: its columns with
 * the types PostgreSQL derived for them, and its query. Indexes and triggers on views, view options and column
 * comments have no place in the language and are reported.
 */
final class ViewBuilder {

    private final CatalogIndex index;
    private final RelationCheck check;

    ViewBuilder(CatalogIndex index) {
        this.index = index;
        this.check = new RelationCheck(index);
    }

    View build(RelationQuery.Row relation) {
        String name = Describe.relation(relation);
        boolean core = index.isCore(relation.schema());
        var columns = index.columnsOf(relation.oid()).stream().map(c -> {
            if (c.comment() != null) {
                index.findings.add("view column comment", Findings.qualified(name, c.name()),
                        "the Strata language has no comments on view columns");
            }
            var type = index.types.resolve(c.typeOid(), c.formatted(), c.dimensions()).type();
            String defaultExpr = DefaultTerms.asTerm(core ? c.defaultExpr()
                    : index.facadeSql("column", relation.oid(), c.number()));
            return new ViewColumn(c.name(), type, false, defaultExpr, Span.NONE);
        }).toList();
        reportUnexpressed(relation, name);
        return new View(relation.name(), relation.relkind().equals("m"), columns, List.of(), check.body(relation),
                relation.comment(), Span.NONE);
    }

    private void reportUnexpressed(RelationQuery.Row relation, String name) {
        if (!relation.options().isEmpty()) {
            index.findings.add("view option", name, String.join(", ", relation.options()) + " not imported");
        }
        for (var row : index.indexes.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("index", Findings.qualified(relation.schema(), row.name()),
                    "an index on a materialized view cannot be declared in Strata", row.statement());
        }
        for (var row : index.triggers.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("trigger", Findings.qualified(name, row.name()),
                    "a trigger on a view cannot be declared in Strata", row.definition());
        }
    }
}
