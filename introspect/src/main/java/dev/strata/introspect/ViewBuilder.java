package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.View;
import dev.strata.compiler.model.ViewColumn;
import dev.strata.engine.catalog.RelationQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * One view or materialized view that {@link RelationCheck} accepted, as a model {@link View}: its columns with
 * the types PostgreSQL derived for them, its query, the indexes of a core materialized view and the INSTEAD OF
 * triggers of a core view. View options, column comments, statement triggers on views and the indexes and
 * triggers of facade views have no place in the language and are reported.
 */
final class ViewBuilder {

    /** {@code pg_trigger.tgtype} bits: for each row (1) and instead of (64). */
    private static final int INSTEAD_OF_ROW = 1 | 64;

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
        reportOptions(relation, name);
        boolean materialized = relation.relkind().equals("m");
        var indexes = new ArrayList<Index>();
        var triggers = new ArrayList<Trigger>();
        if (core) {
            parts(relation, name, materialized, indexes, triggers);
        } else {
            reportFacadeParts(relation, name);
        }
        return new View(relation.name(), materialized, columns, List.of(), check.body(relation),
                relation.comment(), indexes, triggers, Span.NONE);
    }

    private void reportOptions(RelationQuery.Row relation, String name) {
        if (!relation.options().isEmpty()) {
            index.findings.add("view option", name, String.join(", ", relation.options()) + " not imported");
        }
    }

    /**
     * A core materialized view's indexes and a core view's row-level INSTEAD OF triggers, as in a table; the
     * BEFORE and AFTER statement triggers PostgreSQL also allows on a view are reported.
     */
    private void parts(RelationQuery.Row relation, String name, boolean materialized, List<Index> indexes,
                       List<Trigger> triggers) {
        var indexBuilder = new IndexBuilder(index);
        for (var row : index.indexes.getOrDefault(relation.oid(), List.of())) {
            var built = indexBuilder.build(relation, row);
            if (built != null) {
                indexes.add(built);
            }
        }
        var triggerBuilder = new TriggerBuilder(index);
        for (var row : index.triggers.getOrDefault(relation.oid(), List.of())) {
            if ((row.type() & INSTEAD_OF_ROW) != INSTEAD_OF_ROW || materialized) {
                index.findings.add("trigger", Findings.qualified(name, row.name()), "only 'instead of … for each"
                        + " row' triggers on views are in the Strata language", row.definition());
                continue;
            }
            var built = triggerBuilder.build(relation, row);
            if (built != null) {
                triggers.add(built);
            }
        }
    }

    private void reportFacadeParts(RelationQuery.Row relation, String name) {
        for (var row : index.indexes.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("index", Findings.qualified(relation.schema(), row.name()),
                    "an index on a facade's materialized view cannot be declared in Strata", row.statement());
        }
        for (var row : index.triggers.getOrDefault(relation.oid(), List.of())) {
            index.findings.add("trigger", Findings.qualified(name, row.name()),
                    "a trigger on a facade's view cannot be declared in Strata", row.definition());
        }
    }
}
