package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Row-level security policies on relations in the requested schemas: permissive or restrictive, the command
 * ({@code polcmd}: {@code *} all, {@code r} select, {@code a} insert, {@code w} update, {@code d} delete), the
 * roles by name, sorted ({@code public} for PostgreSQL's {@code PUBLIC}), and the {@code USING} and
 * {@code WITH CHECK} expressions as the session's search path prints them (null when absent).
 */
public final class PolicyQuery {

    public record Row(long relation, String name, boolean permissive, String command, List<String> roles,
                      String using, String withCheck) {
    }

    private static final String SQL = """
            SELECT p.polrelid, p.polname, p.polpermissive, p.polcmd,
                   ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_catalog.pg_get_userbyid(r.role) END
                         FROM unnest(p.polroles) AS r(role) ORDER BY 1) AS roles,
                   pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
                   pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
            FROM pg_policy p
            JOIN pg_class c ON c.oid = p.polrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY(?)
            ORDER BY p.polrelid, p.polname
            """;

    private PolicyQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getLong("polrelid"), rs.getString("polname"),
                rs.getBoolean("polpermissive"), rs.getString("polcmd"), CatalogSession.strings(rs, "roles"),
                rs.getString("using_expr"), rs.getString("check_expr")), schemas);
    }
}
