package dev.strata.engine.drift;

import dev.strata.engine.catalog.PinnedSearchPath;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the catalog with PostgreSQL's own deparsing functions (format_type, pg_get_constraintdef, pg_get_indexdef,
 * pg_get_viewdef, pg_get_functiondef, pg_get_triggerdef), so each fact is stated the way the server sees it. Objects
 * that belong to an extension are covered by the extension's line. Invalid indexes (leftovers of an interrupted
 * CREATE INDEX CONCURRENTLY) are not part of the schema. Column order is not captured: a column dropped and
 * restored by a rollback comes back last, and that is not drift.
 */
public final class PgCatalogCapture implements CatalogCapture {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'strata',"
            + " 'strata_backup') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    /** Formatted with the object's catalog and oid; naming the catalog lets pg_depend's index serve the lookup. */
    private static final String NOT_FROM_EXTENSION = " NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid ="
            + " '%s'::regclass AND d.objid = %s AND d.deptype = 'e')";

    private static final List<String> QUERIES = List.of(
            "SELECT 'schema ' || n.nspname || coalesce(' acl ' || n.nspacl::text, '')"
                    + " FROM pg_namespace n WHERE " + USER_SCHEMA,
            "SELECT 'extension ' || e.extname || ' ' || e.extversion || ' in ' || n.nspname"
                    + " FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace",
            "SELECT CASE c.relkind WHEN 'r' THEN 'table ' WHEN 'p' THEN 'partitioned table ' WHEN 'v' THEN 'view '"
                    + " WHEN 'm' THEN 'materialized view ' WHEN 'S' THEN 'sequence ' ELSE 'foreign table ' END"
                    + " || n.nspname || '.' || c.relname || coalesce(' acl ' || c.relacl::text, '')"
                    + " || coalesce(' comment ' || obj_description(c.oid, 'pg_class'), '')"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND " + USER_SCHEMA + " AND"
                    + String.format(NOT_FROM_EXTENSION, "pg_class", "c.oid"),
            "SELECT 'column ' || n.nspname || '.' || c.relname || '.' || a.attname || ' '"
                    + " || format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE ''"
                    + " END || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')"
                    + " || CASE a.attidentity WHEN 'a' THEN ' identity always' WHEN 'd' THEN ' identity by default'"
                    + " ELSE '' END || CASE WHEN a.attgenerated = 's' THEN ' generated stored' ELSE '' END"
                    + " || coalesce(' collate ' || co.collname, '')"
                    + " || coalesce(' comment ' || col_description(c.oid, a.attnum), '')"
                    + " || coalesce(' acl ' || a.attacl::text, '')"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                    + " LEFT JOIN pg_collation co ON co.oid = a.attcollation AND a.attcollation <> 0"
                    + " AND co.collname <> 'default'"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
                    + " AND " + USER_SCHEMA + " AND" + String.format(NOT_FROM_EXTENSION, "pg_class", "c.oid"),
            "SELECT 'constraint ' || n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || con.conname"
                    + " || ' ' || pg_get_constraintdef(con.oid)"
                    + " FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace"
                    + " LEFT JOIN pg_class c ON c.oid = con.conrelid LEFT JOIN pg_type t ON t.oid = con.contypid"
                    + " WHERE " + USER_SCHEMA,
            "SELECT 'index ' || n.nspname || '.' || ic.relname || ' ' || pg_get_indexdef(i.indexrelid)"
                    + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                    + " JOIN pg_namespace n ON n.oid = ic.relnamespace"
                    + " WHERE i.indisvalid AND " + USER_SCHEMA + " AND" + String.format(NOT_FROM_EXTENSION, "pg_class", "ic.oid"),
            "SELECT 'view definition ' || n.nspname || '.' || c.relname || ' ' || pg_get_viewdef(c.oid, true)"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMA + " AND"
                    + String.format(NOT_FROM_EXTENSION, "pg_class", "c.oid"),
            "SELECT 'sequence options ' || n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, NULL)"
                    + " || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min ' || s.seqmin"
                    + " || ' max ' || s.seqmax || ' cache ' || s.seqcache || CASE WHEN s.seqcycle THEN ' cycle'"
                    + " ELSE '' END"
                    + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA + " AND"
                    + String.format(NOT_FROM_EXTENSION, "pg_class", "c.oid"),
            "SELECT 'routine ' || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid)"
                    + " || ') ' || CASE WHEN p.prokind IN ('f', 'p') THEN md5(pg_get_functiondef(p.oid))"
                    + " ELSE p.prokind::text END || coalesce(' acl ' || p.proacl::text, '')"
                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
                    + " WHERE " + USER_SCHEMA + " AND" + String.format(NOT_FROM_EXTENSION, "pg_proc", "p.oid"),
            "SELECT 'enum ' || n.nspname || '.' || t.typname || ' ('"
                    + " || string_agg(e.enumlabel, ', ' ORDER BY e.enumsortorder) || ')'"
                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " JOIN pg_enum e ON e.enumtypid = t.oid WHERE " + USER_SCHEMA + " AND"
                    + String.format(NOT_FROM_EXTENSION, "pg_type", "t.oid") + " GROUP BY n.nspname, t.typname",
            "SELECT 'domain ' || n.nspname || '.' || t.typname || ' ' || format_type(t.typbasetype, t.typtypmod)"
                    + " || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END"
                    + " || coalesce(' default ' || t.typdefault, '')"
                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE t.typtype = 'd' AND " + USER_SCHEMA + " AND" + String.format(NOT_FROM_EXTENSION, "pg_type", "t.oid"),
            "SELECT 'trigger ' || n.nspname || '.' || c.relname || '.' || tg.tgname || ' '"
                    + " || pg_get_triggerdef(tg.oid) || CASE tg.tgenabled WHEN 'D' THEN ' disabled' ELSE '' END"
                    + " FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT tg.tgisinternal AND " + USER_SCHEMA);

    @Override
    public CatalogState capture(Connection connection) throws SQLException {
        return PinnedSearchPath.withCatalogOnly(connection, () -> read(connection));
    }

    private static CatalogState read(Connection connection) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String query : QUERIES) {
                try (ResultSet rs = statement.executeQuery(query)) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (line != null) {
                            lines.add(line.replace('\n', ' '));
                        }
                    }
                }
            }
        }
        return new CatalogState(lines);
    }
}
