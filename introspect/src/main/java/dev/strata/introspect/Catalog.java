package dev.strata.introspect;

import dev.strata.engine.catalog.CatalogReader;
import dev.strata.engine.catalog.CatalogRows;
import dev.strata.engine.catalog.CatalogSession;
import dev.strata.engine.catalog.ColumnQuery;
import dev.strata.engine.catalog.ConstraintQuery;
import dev.strata.engine.catalog.ExtensionQuery;
import dev.strata.engine.catalog.IndexQuery;
import dev.strata.engine.catalog.PrivilegeQuery;
import dev.strata.engine.catalog.RelationQuery;
import dev.strata.engine.catalog.RoutineQuery;
import dev.strata.engine.catalog.SequenceQuery;
import dev.strata.engine.catalog.PolicyQuery;
import dev.strata.engine.catalog.TriggerQuery;
import dev.strata.engine.catalog.TypeQuery;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything the catalog queries returned for one introspection, before it is turned into a model: the engine's
 * catalog rows ({@link CatalogReader}, the same reader drift detection and {@code strata test} use) and the
 * facades' SQL read with every name qualified ({@link FacadeSqlQuery}).
 */
record Catalog(CatalogRows rows, Set<String> schemas, List<PrivilegeQuery.Row> privileges,
               List<Unsupported> unsupportedObjects, List<FacadeSqlQuery.Row> facadeSql) {

    /**
     * Runs the catalog queries: one per kind of object over all requested schemas, whatever their size. Core
     * SQL is read with the search path plans run with, the core schema then {@code public} (so names come back
     * as one writes them in the sources); facade SQL is read by one more query with only {@code pg_catalog} on
     * the path, so a facade names the core explicitly.
     * Dependencies are asked for later, and only about what the import leaves out ({@link DependencyQuery}).
     */
    static Catalog read(CatalogSession session, IntrospectionRequest request) throws SQLException {
        session.searchPath(request.coreSchema().equals("public") ? List.of("public")
                : List.of(request.coreSchema(), "public"));
        var rows = CatalogReader.read(session, request.schemas());
        List<FacadeSqlQuery.Row> facadeSql = List.of();
        if (!request.facadeSchemas().isEmpty()) {
            session.searchPath(List.of());
            facadeSql = FacadeSqlQuery.read(session, request.facadeSchemas());
        }
        return new Catalog(rows, new HashSet<>(rows.schemaNames()), grants(rows.privileges()),
                rows.otherObjects().stream().map(o -> new Unsupported(o.kind(), o.name(),
                        "the Strata language has no " + o.kind() + " declaration", o.definition())).toList(),
                facadeSql);
    }

    /**
     * The privileges someone granted: on relations, columns and routines, set explicitly, to others than the
     * object's owner (what owners hold on their own objects, and PostgreSQL's defaults, are no grants).
     */
    private static List<PrivilegeQuery.Row> grants(List<PrivilegeQuery.Row> privileges) {
        return privileges.stream()
                .filter(p -> p.on().equals("relation") || p.on().equals("column") || p.on().equals("routine"))
                .filter(p -> p.explicit() && !p.toOwner())
                .toList();
    }

    List<TypeQuery.Row> types() {
        return rows.types();
    }

    List<ExtensionQuery.Row> extensions() {
        return rows.extensions();
    }

    List<SequenceQuery.Row> sequences() {
        return rows.sequences();
    }

    List<RelationQuery.Row> relations() {
        return rows.relations();
    }

    List<ColumnQuery.Row> columns() {
        return rows.columns();
    }

    List<ConstraintQuery.Row> constraints() {
        return rows.constraints();
    }

    List<IndexQuery.Row> indexes() {
        return rows.indexes();
    }

    List<IndexQuery.Row> exclusionIndexes() {
        return rows.exclusionIndexes();
    }

    List<TriggerQuery.Row> triggers() {
        return rows.triggers();
    }

    List<PolicyQuery.Row> policies() {
        return rows.policies();
    }

    List<RoutineQuery.Row> routines() {
        return rows.routines();
    }
}
