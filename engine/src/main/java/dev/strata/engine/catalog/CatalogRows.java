package dev.strata.engine.catalog;

import java.util.List;

/**
 * What one read of the catalog returned, as typed rows: the schemas read and every object in them, from one
 * snapshot. {@code searchPath} is the path expressions were printed with ({@link CatalogSession#PINNED_SEARCH_PATH}
 * for facts). {@code exclusionIndexes} are the indexes behind exclusion constraints, read with the others in
 * one query (they give the constraint its keys; they are not among {@code indexes}, nor in the facts). Introspection builds the Strata model from these rows; {@link CatalogFacts} derives the facts drift
 * detection and {@code strata test} compare.
 */
public record CatalogRows(String searchPath, int serverMajorVersion, List<SchemaQuery.Row> schemas,
                          List<TypeQuery.Row> types, List<ExtensionQuery.Row> extensions,
                          List<SequenceQuery.Row> sequences, List<RelationQuery.Row> relations,
                          List<ColumnQuery.Row> columns, List<ConstraintQuery.Row> constraints,
                          List<IndexQuery.Row> indexes, List<TriggerQuery.Row> triggers,
                          List<PolicyQuery.Row> policies,
                          List<RoutineQuery.Row> routines, List<PrivilegeQuery.Row> privileges,
                          List<UnsupportedObjectQuery.Row> otherObjects, List<IndexQuery.Row> exclusionIndexes,
                          List<CollationQuery.Row> collations) {

    public CatalogRows {
        schemas = List.copyOf(schemas);
        types = List.copyOf(types);
        extensions = List.copyOf(extensions);
        sequences = List.copyOf(sequences);
        relations = List.copyOf(relations);
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
        policies = List.copyOf(policies);
        routines = List.copyOf(routines);
        privileges = List.copyOf(privileges);
        otherObjects = List.copyOf(otherObjects);
        exclusionIndexes = List.copyOf(exclusionIndexes);
        collations = List.copyOf(collations);
    }

    /** The names of the schemas read (those that exist), sorted. */
    public List<String> schemaNames() {
        return schemas.stream().map(SchemaQuery.Row::name).toList();
    }
}
