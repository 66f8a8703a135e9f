package dev.strata.engine.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads the catalog: the one reader behind drift detection, {@code strata test}'s comparisons and introspection.
 * Fourteen set-based queries, one per kind of object over all the schemas read, whatever their number and size,
 * in one {@link CatalogSession}: schemas, types, extensions, sequences, relations, columns, constraints, indexes,
 * triggers, policies, routines, privileges, the objects of other kinds and collations.
 */
public final class CatalogReader {

    private CatalogReader() {
    }

    /** The named schemas (those of them that exist), with the session's current search path. */
    public static CatalogRows read(CatalogSession session, List<String> schemas) throws SQLException {
        return read(session, SchemaQuery.named(session, schemas), schemas);
    }

    /** Every user schema ({@link CatalogFilters#USER_SCHEMA}), with the session's current search path. */
    public static CatalogRows readUserSchemas(CatalogSession session) throws SQLException {
        var schemas = SchemaQuery.user(session);
        return read(session, schemas, schemas.stream().map(SchemaQuery.Row::name).toList());
    }

    /** Every user schema, in a session of its own with the search path pinned. */
    public static CatalogRows readUserSchemas(Connection connection) throws SQLException {
        try (var session = CatalogSession.open(connection)) {
            return readUserSchemas(session);
        }
    }

    private static CatalogRows read(CatalogSession session, List<SchemaQuery.Row> found, List<String> names)
            throws SQLException {
        var types = TypeQuery.read(session, names);
        var extensions = ExtensionQuery.read(session);
        var sequences = SequenceQuery.read(session, names);
        var relations = RelationQuery.read(session, names);
        var columns = ColumnQuery.read(session, names);
        var constraints = ConstraintQuery.read(session, names);
        var allIndexes = IndexQuery.read(session, names);
        var indexes = allIndexes.stream().filter(i -> !i.backsExclusion()).toList();
        var exclusionIndexes = allIndexes.stream().filter(IndexQuery.Row::backsExclusion).toList();
        var triggers = TriggerQuery.read(session, names);
        var policies = PolicyQuery.read(session, names);
        var routines = RoutineQuery.read(session, names);
        var privileges = PrivilegeQuery.read(session, names);
        var others = UnsupportedObjectQuery.read(session, names);
        var collations = CollationQuery.read(session, names);
        return new CatalogRows(session.searchPath(), session.serverMajorVersion(), found, types, extensions,
                sequences, relations, columns, constraints, indexes, triggers, policies, routines, privileges,
                others, exclusionIndexes, collations);
    }
}
