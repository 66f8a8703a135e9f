package dev.strata.introspect;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/** Everything the catalog queries returned for one introspection, before it is turned into a model. */
record Catalog(Set<String> schemas, List<TypeQuery.Row> types, List<ExtensionQuery.Row> extensions,
               List<SequenceQuery.Row> sequences, List<RelationQuery.Row> relations, List<ColumnQuery.Row> columns,
               List<ConstraintQuery.Row> constraints, List<IndexQuery.Row> indexes, List<TriggerQuery.Row> triggers,
               List<RoutineQuery.Row> routines, List<PrivilegeQuery.Row> privileges,
               List<Unsupported> unsupportedObjects, List<FacadeSqlQuery.Row> facadeSql) {

    /**
     * Runs the catalog queries: one per kind of object over all requested schemas, whatever their size. Core
     * SQL is read with the search path plans run with, the core schema then {@code public} (so names come back
     * as one writes them in the sources); facade SQL is read by one more query with only {@code pg_catalog} on
     * the path, so a facade names the core explicitly.
     * Dependencies are asked for later, and only about what the import leaves out ({@link DependencyQuery}).
     */
    static Catalog read(CatalogSession session, Scope scope) throws SQLException {
        session.searchPath(scope.coreSchema().equals("public") ? List.of("public")
                : List.of(scope.coreSchema(), "public"));
        var schemas = SchemaQuery.read(session, scope);
        var types = TypeQuery.read(session, scope);
        var extensions = ExtensionQuery.read(session);
        var sequences = SequenceQuery.read(session, scope);
        var relations = RelationQuery.read(session, scope);
        var columns = ColumnQuery.read(session, scope);
        var constraints = ConstraintQuery.read(session, scope);
        var indexes = IndexQuery.read(session, scope);
        var triggers = TriggerQuery.read(session, scope);
        var routines = RoutineQuery.read(session, scope);
        var privileges = PrivilegeQuery.read(session, scope);
        var unsupported = UnsupportedObjectQuery.read(session, scope);
        List<FacadeSqlQuery.Row> facadeSql = List.of();
        if (!scope.facadeSchemas().isEmpty()) {
            session.searchPath(List.of());
            facadeSql = FacadeSqlQuery.read(session, scope);
        }
        return new Catalog(schemas, types, extensions, sequences, relations, columns, constraints, indexes, triggers,
                routines, privileges, unsupported, facadeSql);
    }
}
