package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Sequences in the requested schemas with their type, options and owner: {@code ownerKind} is {@code a} for a
 * sequence owned by a column ({@code serial}, {@code OWNED BY}), {@code i} for an identity column's sequence,
 * empty for a free-standing one.
 */
public final class SequenceQuery {

    public record Row(long oid, String schema, String name, long typeOid, String typeText, long start,
                      long increment, long min, long max, long cache, boolean cycle, String ownerKind,
                      long ownerTable, int ownerColumnNumber, String ownerSchema, String ownerTableName,
                      String ownerColumn, String comment) {
    }

    private static final String SQL = """
            SELECT c.oid, n.nspname, c.relname, s.seqtypid, format_type(s.seqtypid, NULL) AS type_text,
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
                   s.seqcache, s.seqcycle, coalesce(dep.deptype::text, '') AS owner_kind,
                   coalesce(dep.refobjid, 0) AS owner_table, coalesce(dep.refobjsubid, 0) AS owner_column_number,
                   own.nspname AS owner_schema, oc.relname AS owner_table_name, oa.attname AS owner_column,
                   d.description
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = c.oid
                 AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
            LEFT JOIN pg_class oc ON oc.oid = dep.refobjid
            LEFT JOIN pg_namespace own ON own.oid = oc.relnamespace
            LEFT JOIN pg_attribute oa ON oa.attrelid = dep.refobjid AND oa.attnum = dep.refobjsubid
            LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?) AND %s
            ORDER BY n.nspname, c.relname
            """.formatted(CatalogFilters.notExtensionMember("pg_class", "c.oid"));

    private SequenceQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getLong("oid"), rs.getString("nspname"), rs.getString("relname"),
                rs.getLong("seqtypid"), rs.getString("type_text"), rs.getLong("seqstart"), rs.getLong("seqincrement"),
                rs.getLong("seqmin"), rs.getLong("seqmax"), rs.getLong("seqcache"), rs.getBoolean("seqcycle"),
                rs.getString("owner_kind"), rs.getLong("owner_table"), rs.getInt("owner_column_number"),
                rs.getString("owner_schema"), rs.getString("owner_table_name"), rs.getString("owner_column"),
                rs.getString("description")),
                schemas);
    }
}
