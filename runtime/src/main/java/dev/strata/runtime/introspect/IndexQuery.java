package dev.strata.runtime.introspect;

import java.sql.SQLException;
import java.util.List;

/**
 * Indexes in the requested schemas that do not back a primary key, unique or exclusion constraint. Per position:
 * the column name or expression ({@code pg_get_indexdef(index, k)}), the column number (0 for an expression), the
 * collation when it differs from the one the key would have anyway, the operator class when it is not a default
 * one, and the ordering options.
 */
final class IndexQuery {

    record Row(long oid, long relation, String name, boolean unique, String method, int keyCount,
               List<String> definitions, List<Integer> columnNumbers, List<Integer> options,
               List<String> collations, List<String> opclasses, String predicate, boolean nullsNotDistinct,
               boolean valid, boolean hasOptions, String comment) {
    }

    private static final String SQL = """
            SELECT i.indexrelid, i.indrelid, ic.relname, i.indisunique, am.amname, i.indnkeyatts,
                   ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, false)
                         FROM generate_series(1, i.indnatts) k ORDER BY k) AS definitions,
                   i.indkey::int2[] AS column_numbers,
                   i.indoption::int2[] AS options,
                   ARRAY(SELECT CASE
                                  WHEN u.coll = 0 THEN ''
                                  WHEN k.attnum <> 0 AND u.coll = (SELECT a.attcollation FROM pg_attribute a
                                        WHERE a.attrelid = i.indrelid AND a.attnum = k.attnum) THEN ''
                                  WHEN k.attnum = 0 AND u.coll = 100 THEN ''
                                  ELSE co.collname
                                END
                         FROM unnest(i.indcollation::oid[]) WITH ORDINALITY u(coll, position)
                         CROSS JOIN LATERAL (SELECT (i.indkey::int2[])[array_lower(i.indkey::int2[], 1)
                                                     + u.position - 1] AS attnum) k
                         LEFT JOIN pg_collation co ON co.oid = u.coll
                         ORDER BY u.position) AS collations,
                   ARRAY(SELECT CASE WHEN opc.opcdefault THEN '' ELSE opc.opcname END
                         FROM unnest(i.indclass::oid[]) WITH ORDINALITY u(opc, ord)
                         JOIN pg_opclass opc ON opc.oid = u.opc
                         ORDER BY u.ord) AS opclasses,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate,
                   %s AS nulls_not_distinct,
                   i.indisvalid,
                   ic.reloptions IS NOT NULL OR ic.reltablespace <> 0 AS has_options,
                   d.description
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_am am ON am.oid = ic.relam
            LEFT JOIN pg_description d ON d.objoid = ic.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
            WHERE n.nspname = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                              AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x'))
            ORDER BY ic.relname
            """;

    private IndexQuery() {
    }

    static List<Row> read(CatalogSession session, Scope scope) throws SQLException {
        String sql = SQL.formatted(scope.since(15, "i.indnullsnotdistinct", "false"));
        return session.query(sql, rs -> new Row(rs.getLong("indexrelid"), rs.getLong("indrelid"),
                rs.getString("relname"), rs.getBoolean("indisunique"), rs.getString("amname"),
                rs.getInt("indnkeyatts"), CatalogSession.strings(rs, "definitions"),
                CatalogSession.integers(rs, "column_numbers"), CatalogSession.integers(rs, "options"),
                CatalogSession.strings(rs, "collations"), CatalogSession.strings(rs, "opclasses"),
                rs.getString("predicate"), rs.getBoolean("nulls_not_distinct"), rs.getBoolean("indisvalid"),
                rs.getBoolean("has_options"), rs.getString("description")),
                scope.schemas());
    }
}
