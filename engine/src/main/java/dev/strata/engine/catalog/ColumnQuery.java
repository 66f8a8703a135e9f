package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * The columns of every relation in the requested schemas, with the type as {@code format_type} prints it
 * ({@code typeText}, its modifier {@code typmod}; {@code formatted} only when the type has modifiers, for
 * introspection, which otherwise resolves the type by oid), the default or generation expression, identity, a
 * collation that differs from the type's, the comment, and the settings the language has no words for (storage,
 * statistics target, options, compression); whether the column is the relation's own ({@code attislocal}) and
 * from how many parents it comes ({@code attinhcount}). Rows come in no particular order: column order is not
 * part of a schema.
 */
public final class ColumnQuery {

    public record Row(long relation, int number, String name, long typeOid, String typeText, int typmod,
                      String formatted,
                      int dimensions, boolean notNull, String defaultExpr, String identity, String generated,
                      String generatedExpr, String collation, String collationSchema, String comment,
                      boolean customStorage, boolean customStatistics, boolean hasOptions,
                      boolean customCompression, boolean local, int inheritCount) {
    }

    private static final String SQL = """
            SELECT a.attrelid, a.attnum, a.attname, a.atttypid,
                   format_type(a.atttypid, a.atttypmod) AS type_text, a.atttypmod,
                   CASE WHEN a.atttypmod >= 0 THEN format_type(a.atttypid, a.atttypmod) END AS formatted,
                   a.attndims, a.attnotnull,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS default_expr,
                   a.attidentity, a.attgenerated,
                   CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expr,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation,
                   CASE WHEN a.attcollation <> t.typcollation THEN con.nspname END AS collation_schema,
                   d.description,
                   a.attstorage <> t.typstorage AS custom_storage,
                   coalesce(a.attstattarget, -1) <> -1 AS custom_statistics,
                   a.attoptions IS NOT NULL AS has_options,
                   %s AS custom_compression, a.attislocal, a.attinhcount
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
            LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
                 AND d.objsubid = a.attnum
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0
              AND NOT a.attisdropped
            """;

    private ColumnQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        String sql = SQL.formatted(session.since(14, "a.attcompression <> ''", "false"));
        return session.query(sql, rs -> new Row(rs.getLong("attrelid"), rs.getInt("attnum"), rs.getString("attname"),
                rs.getLong("atttypid"), rs.getString("type_text"), rs.getInt("atttypmod"), rs.getString("formatted"),
                rs.getInt("attndims"), rs.getBoolean("attnotnull"), rs.getString("default_expr"),
                rs.getString("attidentity"),
                rs.getString("attgenerated"), rs.getString("generated_expr"), rs.getString("collation"),
                rs.getString("collation_schema"), rs.getString("description"), rs.getBoolean("custom_storage"),
                rs.getBoolean("custom_statistics"), rs.getBoolean("has_options"),
                rs.getBoolean("custom_compression"), rs.getBoolean("attislocal"), rs.getInt("attinhcount")),
                schemas);
    }
}
