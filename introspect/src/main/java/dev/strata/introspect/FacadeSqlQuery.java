package dev.strata.introspect;

import dev.strata.engine.catalog.CatalogSession;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL of facade objects, read with only {@code pg_catalog} on the search path so that every name in it is
 * schema-qualified: a facade version's view reads {@code core.customer}, whatever the search path of whoever
 * applies it. One row per view body, view column default and routine argument default. {@code kind} is
 * {@code view}, {@code column} or {@code argument}; {@code position} the column number or 1-based argument
 * position.
 */
final class FacadeSqlQuery {

    record Row(String kind, long oid, int position, String sql) {
    }

    private static final String SQL = """
            SELECT 'view' AS kind, c.oid, 0 AS position, pg_get_viewdef(c.oid) AS sql
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?) AND c.relkind IN ('v', 'm')
            UNION ALL
            SELECT 'column', ad.adrelid, ad.adnum, pg_get_expr(ad.adbin, ad.adrelid)
            FROM pg_attrdef ad JOIN pg_class c ON c.oid = ad.adrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)
            UNION ALL
            SELECT 'argument', p.oid, k, pg_get_function_arg_default(p.oid, k)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
                 generate_series(1, coalesce(cardinality(p.proallargtypes), p.pronargs)) k
            WHERE n.nspname = ANY(?) AND p.pronargdefaults > 0
            """;

    private FacadeSqlQuery() {
    }

    static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getString("kind"), rs.getLong("oid"), rs.getInt("position"),
                rs.getString("sql")), schemas, schemas, schemas);
    }
}
