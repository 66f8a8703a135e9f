package dev.strata.introspect;

import dev.strata.engine.catalog.CatalogSession;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads a live PostgreSQL database into the Strata model: the core schema and the facade schemas of the request.
 * A fixed number of set-based catalog queries does it (one per kind of object over all schemas, whatever their
 * size), inside one read-only snapshot. What the language cannot express is listed in the result, never dropped
 * silently; whatever depends on such an object is left out and listed too, so the model always applies.
 */
public final class Introspector {

    private Introspector() {
    }

    public static IntrospectionResult read(Connection connection, IntrospectionRequest request) throws SQLException {
        try (var session = CatalogSession.open(connection)) {
            var catalog = Catalog.read(session, request);
            var built = new ModelBuilder(catalog, request, refs -> DependencyQuery.dependents(session, refs)).build();
            var found = request.schemas().stream().filter(catalog.schemas()::contains).toList();
            return new IntrospectionResult(built.model(), built.unsupported(), found, session.queries());
        }
    }
}
