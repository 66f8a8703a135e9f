package dev.strata.introspect;

import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.RelationQuery;
import java.util.HashSet;
import java.util.List;

/**
 * Decides which tables and views can be imported at all, before any is built: sub-partitioned, typed and foreign
 * tables cannot, nor partitions of a table that is not imported, nor inheritance children of a table that is not
 * (or of one outside the core schema); neither can tables in facade schemas, nor relations with a column whose type (or
 * collation) the language cannot write, nor views whose body cannot be written between {@code $$} markers.
 */
final class RelationCheck {

    private final CatalogIndex index;

    RelationCheck(CatalogIndex index) {
        this.index = index;
    }

    void run() {
        var excluded = new HashSet<String>();
        for (var relation : index.catalog.relations()) {
            String problem = problem(relation);
            if (problem != null) {
                exclude(relation, problem);
                excluded.add(relation.schema() + "." + relation.name());
            }
        }
        // a partition of a table left out goes with it (partitions are named after their parents, so parents come
        // first only by chance: go round until nothing more is left out)
        boolean more = true;
        while (more) {
            more = false;
            for (var relation : index.catalog.relations()) {
                String name = relation.schema() + "." + relation.name();
                if (relation.partition() && !excluded.contains(name) && excluded.contains(relation.parents().get(0))) {
                    exclude(relation, "partition of " + relation.parents().get(0) + ", which is not imported");
                    excluded.add(name);
                    more = true;
                }
                var missing = relation.partition() ? List.<String>of()
                        : relation.parents().stream().filter(excluded::contains).toList();
                if (!excluded.contains(name) && !missing.isEmpty()) {
                    exclude(relation, "inherits from " + String.join(", ", missing) + ", which is not imported");
                    excluded.add(name);
                    more = true;
                }
            }
        }
    }

    private void exclude(RelationQuery.Row relation, String problem) {
        index.findings.add(Describe.relationKind(relation), Describe.relation(relation), problem,
                relation.partition() ? relation.partitionBound() : relation.viewDef());
        index.exclusions.excludeRelation(relation.oid());
    }

    private String problem(RelationQuery.Row relation) {
        boolean view = relation.relkind().equals("v") || relation.relkind().equals("m");
        if (!index.isCore(relation.schema()) && !view) {
            return "a facade schema holds views and routines only";
        }
        if (relation.relkind().equals("p") && relation.partition()) {
            return "partition of " + String.join(", ", relation.parents()) + " that is itself partitioned ("
                    + relation.partitionKey() + "): the Strata language has no sub-partitioning";
        }
        if (relation.partition() && !index.isCore(relation.parents().get(0).substring(0,
                relation.parents().get(0).indexOf('.')))) {
            return "partition of " + relation.parents().get(0) + ", outside the core schema";
        }
        if (relation.relkind().equals("f")) {
            return relation.partition() ? "a foreign table as a partition of " + relation.parents().get(0)
                    + ": the Strata language has no foreign tables" : "the Strata language has no foreign tables";
        }
        if (!relation.parents().isEmpty() && !relation.partition()) {
            var outside = relation.parents().stream()
                    .filter(p -> !index.isCore(p.substring(0, p.indexOf('.')))).toList();
            if (!outside.isEmpty()) {
                return "inherits from " + String.join(", ", outside) + ", outside the core schema";
            }
        }
        if (relation.typed()) {
            return "a typed table (OF type) cannot be declared in Strata";
        }
        String columnProblem = columnProblem(relation);
        if (columnProblem != null) {
            return columnProblem;
        }
        return view ? Bodies.problem(body(relation)) : null;
    }

    private String columnProblem(RelationQuery.Row relation) {
        List<ColumnQuery.Row> columns = index.columnsOf(relation.oid());
        for (var column : columns) {
            var resolved = index.types.resolve(column.typeOid(), column.formatted(), column.dimensions());
            if (!resolved.ok()) {
                return "column " + column.name() + ": " + resolved.problem();
            }
            if (column.generated().equals("v")) {
                return "column " + column.name() + " is a virtual generated column; Strata writes stored ones only";
            }
            if (column.collation() != null && !"pg_catalog".equals(column.collationSchema())
                    && !(index.isCore(column.collationSchema()) && index.collations.contains(column.collation()))) {
                return "column " + column.name() + " uses collation " + column.collationSchema() + "."
                        + column.collation() + ", which is not imported";
            }
        }
        return null;
    }

    /** The view's body as it will be imported: core views with core names unqualified, facade views qualified. */
    String body(RelationQuery.Row relation) {
        String sql = index.isCore(relation.schema()) ? relation.viewDef()
                : index.facadeSql("view", relation.oid(), 0);
        return Bodies.viewBody(sql);
    }
}
