package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Privileges on schemas, relations (sequences included), columns, routines and types (enums, domains) in the
 * requested schemas, one row per grantee and privilege. An object whose ACL was never set has PostgreSQL's default
 * privileges ({@code acldefault}: the owner holds everything, PUBLIC may use a type and execute a routine), so an
 * ACL set back to the default by hand reads the same as one never set; {@code explicit} says whether the ACL is
 * set, {@code toOwner} whether the grantee owns the object. {@code on} is {@code schema}, {@code relation},
 * {@code column}, {@code routine} or {@code type}; {@code grantee} a role name or {@code PUBLIC}.
 */
public final class PrivilegeQuery {

    public record Row(String on, long oid, int column, String grantee, String grantor, String privilege,
                      boolean grantable, boolean explicit, boolean toOwner) {
    }

    private static final String SQL = """
            SELECT 'schema' AS on_kind, s.oid, 0 AS col, s.nspacl IS NOT NULL AS explicit, s.nspowner AS owner, a.*
            FROM pg_namespace s, aclexplode(coalesce(s.nspacl, acldefault('n', s.nspowner))) a
            WHERE s.nspname = ANY(?)
            UNION ALL
            SELECT 'relation', c.oid, 0, c.relacl IS NOT NULL, c.relowner, a.*
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace,
                 aclexplode(coalesce(c.relacl, CASE WHEN c.relkind = 'S' THEN acldefault('s', c.relowner)
                                                    ELSE acldefault('r', c.relowner) END)) a
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
            UNION ALL
            SELECT 'column', c.oid, att.attnum, true, c.relowner, a.*
            FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace,
                 aclexplode(att.attacl) a
            WHERE n.nspname = ANY(?) AND att.attacl IS NOT NULL AND NOT att.attisdropped
            UNION ALL
            SELECT 'routine', p.oid, 0, p.proacl IS NOT NULL, p.proowner, a.*
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace,
                 aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
            WHERE n.nspname = ANY(?)
            UNION ALL
            SELECT 'type', t.oid, 0, t.typacl IS NOT NULL, t.typowner, a.*
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace,
                 aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) a
            WHERE n.nspname = ANY(?) AND t.typtype IN ('e', 'd')
            """;

    private static final String NAMED = """
            SELECT g.on_kind, g.oid, g.col,
                   CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(g.grantee) END AS grantee,
                   pg_get_userbyid(g.grantor) AS grantor,
                   g.privilege_type, g.is_grantable, g.explicit, g.grantee = g.owner AS to_owner
            FROM (%s) g
            """.formatted(SQL);

    /**
     * The order rows are returned in. Sorted here, not by the server: a schema whose facade owners hold the core
     * tables has hundreds of thousands of rows (276,000 for 2,000 tables and 20 facades), and sorting them by text
     * spilled to disk and tripled the query's time (0.59 s against 0.21 s).
     */
    private static final Comparator<Row> ORDER = Comparator.comparing(Row::on).thenComparingLong(Row::oid)
            .thenComparingInt(Row::column).thenComparing(Row::grantee).thenComparing(Row::privilege);

    private PrivilegeQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        List<Row> rows = new ArrayList<>(session.query(NAMED, rs -> new Row(rs.getString("on_kind"), rs.getLong("oid"), rs.getInt("col"),
                rs.getString("grantee"), rs.getString("grantor"), rs.getString("privilege_type"),
                rs.getBoolean("is_grantable"), rs.getBoolean("explicit"), rs.getBoolean("to_owner")),
                schemas, schemas, schemas, schemas, schemas));
        rows.sort(ORDER);
        return rows;
    }
}
