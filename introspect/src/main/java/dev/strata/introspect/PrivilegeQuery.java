package dev.strata.introspect;

import java.sql.SQLException;
import java.util.List;

/**
 * Privileges granted on relations, columns and routines in the requested schemas, one row per grantee and
 * privilege, leaving out what owners hold on their own objects. {@code on} is {@code relation}, {@code column} or
 * {@code routine}; {@code grantee} is a role name or {@code PUBLIC}.
 */
final class PrivilegeQuery {

    record Row(String on, long oid, int column, String grantee, String privilege, boolean grantable) {
    }

    private static final String SQL = """
            SELECT 'relation' AS on_kind, c.oid, 0 AS col, a.grantee, a.privilege_type, a.is_grantable
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
            WHERE n.nspname = ANY(?) AND c.relacl IS NOT NULL AND a.grantee <> c.relowner
            UNION ALL
            SELECT 'column', c.oid, att.attnum, a.grantee, a.privilege_type, a.is_grantable
            FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
                 aclexplode(att.attacl) a
            WHERE n.nspname = ANY(?) AND att.attacl IS NOT NULL AND NOT att.attisdropped AND a.grantee <> c.relowner
            UNION ALL
            SELECT 'routine', p.oid, 0, a.grantee, a.privilege_type, a.is_grantable
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a
            WHERE n.nspname = ANY(?) AND p.proacl IS NOT NULL AND a.grantee <> p.proowner
            """;

    private static final String NAMED = """
            SELECT g.on_kind, g.oid, g.col,
                   CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee) END AS grantee,
                   g.privilege_type, g.is_grantable
            FROM (%s) g
            ORDER BY g.on_kind, g.oid, g.col, 4, g.privilege_type
            """.formatted(SQL);

    private PrivilegeQuery() {
    }

    static List<Row> read(CatalogSession session, Scope scope) throws SQLException {
        var schemas = scope.schemas();
        return session.query(NAMED, rs -> new Row(rs.getString("on_kind"), rs.getLong("oid"), rs.getInt("col"),
                rs.getString("grantee"), rs.getString("privilege_type"), rs.getBoolean("is_grantable")),
                schemas, schemas, schemas);
    }
}
