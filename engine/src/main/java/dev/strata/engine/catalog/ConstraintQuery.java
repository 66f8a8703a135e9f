package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Table and domain constraints in the requested schemas (not the NOT NULL entries newer servers keep here, which
 * the columns already say): kind, the definition as {@code pg_get_constraintdef} prints it, key column numbers,
 * the referenced table and column numbers of a foreign key with its actions, deferrability, and the backing index's
 * options for primary keys and unique constraints; {@code indexComment} is the comment on the index behind a primary
 * key, unique or exclusion constraint (COMMENT ON INDEX, apart from the constraint's own); {@code inherited}: the constraint is a partition's copy of its
 * parent's (or a foreign key's copy for a partition of the referenced table), which PostgreSQL makes and drops.
 */
public final class ConstraintQuery {

    public record Row(long oid, String name, String kind, long relation, long domain, String definition,
               List<Integer> columns, long refRelation, String refSchema, String refTable, List<Integer> refColumns,
               String onUpdate, String onDelete, String matchType, boolean deferrable, boolean deferred,
               boolean validated, boolean local, boolean inherited, boolean noInherit, boolean nullsNotDistinct, boolean indexInclude,
               boolean indexOptions, boolean setColumns, String comment, long index,
               List<String> exclusionOperators, String indexComment) {
    }

    private static final String SQL = """
            SELECT con.oid, con.conname, con.contype, con.conrelid, con.contypid,
                   pg_get_constraintdef(con.oid) AS definition,
                   con.conkey AS columns,
                   con.confrelid, rn.nspname AS ref_schema, rc.relname AS ref_table,
                   con.confkey AS ref_columns,
                   con.confupdtype, con.confdeltype, con.confmatchtype, con.condeferrable, con.condeferred,
                   con.convalidated, con.conislocal, con.conparentid <> 0 AS inherited, con.connoinherit,
                   coalesce(%s, false) AS nulls_not_distinct,
                   coalesce(i.indnatts > i.indnkeyatts, false) AS index_include,
                   coalesce(ic.reloptions IS NOT NULL OR ic.reltablespace <> 0, false) AS index_options,
                   %s AS set_columns,
                   con.conindid,
                   CASE WHEN con.contype = 'x' THEN ARRAY(SELECT o.oprname::text
                        FROM unnest(con.conexclop) WITH ORDINALITY AS u(op, position)
                        JOIN pg_operator o ON o.oid = u.op ORDER BY u.position) END AS exclusion_operators,
                   d.description,
                   di.description AS index_description
            FROM pg_constraint con
            JOIN pg_namespace n ON n.oid = con.connamespace
            LEFT JOIN pg_class rc ON rc.oid = con.confrelid
            LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
            LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype IN ('p', 'u', 'x')
            LEFT JOIN pg_class ic ON ic.oid = i.indexrelid
            LEFT JOIN pg_description d ON d.objoid = con.oid AND d.classoid = 'pg_constraint'::regclass
            LEFT JOIN pg_description di ON di.objoid = ic.oid AND di.classoid = 'pg_class'::regclass
                                       AND di.objsubid = 0
            WHERE n.nspname = ANY(?) AND con.contype IN ('c', 'f', 'p', 'u', 'x', 't')
            """;

    private ConstraintQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        String sql = SQL.formatted(session.since(15, "i.indnullsnotdistinct", "false"),
                session.since(15, "con.confdelsetcols IS NOT NULL", "false"));
        return session.query(sql, rs -> new Row(rs.getLong("oid"), rs.getString("conname"), rs.getString("contype"),
                rs.getLong("conrelid"), rs.getLong("contypid"), rs.getString("definition"),
                CatalogSession.integers(rs, "columns"), rs.getLong("confrelid"), rs.getString("ref_schema"),
                rs.getString("ref_table"), CatalogSession.integers(rs, "ref_columns"), rs.getString("confupdtype"),
                rs.getString("confdeltype"), rs.getString("confmatchtype"), rs.getBoolean("condeferrable"),
                rs.getBoolean("condeferred"), rs.getBoolean("convalidated"), rs.getBoolean("conislocal"),
                rs.getBoolean("inherited"), rs.getBoolean("connoinherit"), rs.getBoolean("nulls_not_distinct"), rs.getBoolean("index_include"),
                rs.getBoolean("index_options"), rs.getBoolean("set_columns"), rs.getString("description"),
                rs.getLong("conindid"), CatalogSession.strings(rs, "exclusion_operators"),
                rs.getString("index_description")),
                schemas);
    }
}
