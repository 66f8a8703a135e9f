package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/** Schemas: the named ones that exist, or every user schema ({@link CatalogFilters#USER_SCHEMA}). */
public final class SchemaQuery {

    public record Row(long oid, String name, String comment) {
    }

    private static final String SQL = """
            SELECT n.oid, n.nspname, d.description
            FROM pg_namespace n
            LEFT JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass
                 AND d.objsubid = 0
            WHERE %s
            ORDER BY n.nspname
            """;

    private SchemaQuery() {
    }

    public static List<Row> named(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL.formatted("n.nspname = ANY(?)"), SchemaQuery::row, schemas);
    }

    public static List<Row> user(CatalogSession session) throws SQLException {
        return session.query(SQL.formatted(CatalogFilters.USER_SCHEMA), SchemaQuery::row);
    }

    private static Row row(java.sql.ResultSet rs) throws SQLException {
        return new Row(rs.getLong("oid"), rs.getString("nspname"), rs.getString("description"));
    }
}
