package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Every type the database knows (so columns and parameters can be resolved without further queries), with the
 * details of enums and domains in the requested schemas: labels in order, the base type, NOT NULL, default,
 * collation. Domain checks are constraints ({@link ConstraintQuery}). Row types of tables and views are resolved
 * by name, so their {@code formatted} text is not computed.
 */
public final class TypeQuery {

    public record Row(long oid, String schema, String name, String kind, String category, long element,
                      long arrayType, String relkind, String formatted, boolean requested, boolean extensionMember,
                      List<String> labels, long baseType, int baseTypmod, String baseFormatted, int dimensions,
                      boolean notNull,
                      String defaultExpr, String collation, String comment) {
    }

    private static final String SQL = """
            SELECT t.oid, n.nspname, t.typname, t.typtype, t.typcategory, t.typelem, t.typarray,
                   coalesce(r.relkind::text, '') AS relkind,
                   CASE WHEN t.typrelid = 0 OR r.relkind = 'c' THEN format_type(t.oid, NULL) END AS formatted,
                   n.nspname = ANY(?) AS requested,
                   (n.nspname = ANY(?) AND %s) AS extension_member,
                   CASE WHEN t.typtype = 'e' AND n.nspname = ANY(?) THEN
                       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
                   END AS labels,
                   t.typbasetype, t.typtypmod,
                   CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END AS base_formatted,
                   t.typndims, t.typnotnull,
                   CASE WHEN t.typtype = 'd' THEN pg_get_expr(t.typdefaultbin, 0) END AS default_expr,
                   CASE WHEN t.typtype = 'd' AND t.typcollation <> bt.typcollation THEN co.collname END AS collation,
                   d.description
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_class r ON r.oid = t.typrelid
            LEFT JOIN pg_type bt ON bt.oid = t.typbasetype
            LEFT JOIN pg_collation co ON co.oid = t.typcollation
            LEFT JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_type'::regclass AND d.objsubid = 0
                 AND n.nspname = ANY(?)
            """.formatted(CatalogFilters.extensionMember("pg_type", "t.oid"));

    private TypeQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> new Row(
                rs.getLong("oid"), rs.getString("nspname"), rs.getString("typname"), rs.getString("typtype"),
                rs.getString("typcategory"), rs.getLong("typelem"), rs.getLong("typarray"), rs.getString("relkind"),
                rs.getString("formatted"), rs.getBoolean("requested"), rs.getBoolean("extension_member"),
                CatalogSession.strings(rs, "labels"), rs.getLong("typbasetype"), rs.getInt("typtypmod"),
                rs.getString("base_formatted"),
                rs.getInt("typndims"), rs.getBoolean("typnotnull"), rs.getString("default_expr"),
                rs.getString("collation"), rs.getString("description")),
                schemas, schemas, schemas, schemas);
    }
}
