package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Tables, views, materialized views and foreign tables in the requested schemas (not those of extensions), with
 * what decides whether the language can express them: partitioning, inheritance, persistence, storage options, row
 * security, replica identity; a partitioned table's key ({@code pg_get_partkeydef}: {@code RANGE (logdate)}), a
 * partition's parent and bound ({@code pg_get_expr(relpartbound)}); and the definitions of views, printed as the session's search path makes them.
 * {@code toastOptions} are the storage parameters of the table's TOAST table ({@code toast.…} in a CREATE TABLE).
 */
public final class RelationQuery {

    public record Row(long oid, String schema, String name, String relkind, String persistence, boolean partition,
                      List<String> options, List<String> toastOptions, boolean rowSecurity, boolean forceRowSecurity,
                      boolean ownTablespace,
                      boolean typed, String replicaIdentity, List<String> parents, String partitionBound,
                      String partitionKey, String viewDef, String comment) {
    }

    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, c.relkind, c.relpersistence, c.relispartition,
                   c.reloptions, t.reloptions AS toast_options, c.relrowsecurity, c.relforcerowsecurity,
                   c.reltablespace <> 0 AS own_tablespace,
                   c.reloftype <> 0 AS typed, c.relreplident,
                   ARRAY(SELECT pn.nspname || '.' || p.relname FROM pg_inherits i
                         JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
                         WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parents,
                   CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END AS view_def,
                   d.description
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class t ON t.oid = c.reltoastrelid
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(CatalogFilters.notExtensionMember("pg_class", "c.oid"));

    private RelationQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getLong("oid"), rs.getString("nspname"), rs.getString("relname"),
                rs.getString("relkind"), rs.getString("relpersistence"), rs.getBoolean("relispartition"),
                CatalogSession.strings(rs, "reloptions"), CatalogSession.strings(rs, "toast_options"),
                rs.getBoolean("relrowsecurity"),
                rs.getBoolean("relforcerowsecurity"), rs.getBoolean("own_tablespace"), rs.getBoolean("typed"),
                rs.getString("relreplident"), CatalogSession.strings(rs, "parents"),
                rs.getString("partition_bound"), rs.getString("partition_key"), rs.getString("view_def"), rs.getString("description")),
                schemas);
    }
}
