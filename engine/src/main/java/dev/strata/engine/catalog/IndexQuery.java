package dev.strata.engine.catalog;

import java.sql.SQLException;
import java.util.List;

/**
 * Indexes in the requested schemas that do not back a primary key, unique or exclusion constraint (the
 * constraint says what they are), with the statement that creates them ({@code pg_get_indexdef}) and whether
 * they are valid (an interrupted CREATE INDEX CONCURRENTLY leaves an invalid one behind). Per position
 * (key columns, then included ones): the expression ({@code pg_get_indexdef(index, k)}, null for a plain column),
 * the column number (0 for an expression), the collation when it differs from the one the key would have anyway,
 * the operator class when it is not a default one, and the ordering options. The elements of all indexes are
 * computed as one set and joined to the catalogs once, rather than index by index. The indexes behind exclusion
 * constraints are read in the same query, marked {@code backsExclusion}: they give such a constraint its keys.
 * {@code storage} holds the index's storage parameters as {@code pg_class.reloptions} keeps them ({@code name=value}).
 */
public final class IndexQuery {

    public record Row(long oid, long relation, String name, boolean unique, String method, int keyCount,
                      List<String> definitions, List<Integer> columnNumbers, List<Integer> options,
                      List<String> collations, List<String> opclasses, String predicate, boolean nullsNotDistinct,
                      boolean valid, List<String> storage, boolean ownTablespace, boolean attached, String statement,
                      String comment,
                      boolean backsExclusion) {
    }

    private static final String SQL = """
            WITH idx AS (
              SELECT i.*, i.indexrelid IN (SELECT con.conindid FROM pg_constraint con
                                           WHERE con.contype = 'x' AND con.conrelid <> 0) AS backs_exclusion,
                     ic.relname, ic.relam, ic.reloptions, ic.reltablespace <> 0 AS own_tablespace,
                     ic.relispartition AS attached
              FROM pg_index i
              JOIN pg_class ic ON ic.oid = i.indexrelid
              JOIN pg_class c ON c.oid = i.indrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = ANY(?)
                AND i.indexrelid NOT IN (SELECT con.conindid FROM pg_constraint con
                                         WHERE con.contype IN ('p', 'u') AND con.conrelid <> 0)
            ),
            element AS (
              SELECT idx.indexrelid, idx.indrelid, e.position, idx.indnkeyatts,
                     (idx.indkey::int2[])[array_lower(idx.indkey::int2[], 1) + e.position - 1] AS attnum,
                     CASE WHEN e.position <= idx.indnkeyatts THEN
                       (idx.indcollation::oid[])[array_lower(idx.indcollation::oid[], 1) + e.position - 1] END AS coll,
                     CASE WHEN e.position <= idx.indnkeyatts THEN
                       (idx.indclass::oid[])[array_lower(idx.indclass::oid[], 1) + e.position - 1] END AS opc,
                     CASE WHEN e.position <= idx.indnkeyatts THEN
                       (idx.indoption::int2[])[array_lower(idx.indoption::int2[], 1) + e.position - 1] END AS option
              FROM idx, generate_series(1, idx.indnatts) e(position)
            ),
            described AS (
              SELECT el.indexrelid, el.position, el.attnum, coalesce(el.option, 0) AS option,
                     CASE WHEN el.attnum = 0 THEN pg_get_indexdef(el.indexrelid, el.position, false) END AS definition,
                     CASE WHEN el.coll IS NULL OR el.coll = 0 THEN ''
                          WHEN el.attnum <> 0 AND el.coll = att.attcollation THEN ''
                          WHEN el.attnum = 0 AND el.coll = 100 THEN ''
                          ELSE co.collname END AS collation_name,
                     CASE WHEN opc.oid IS NULL OR opc.opcdefault THEN '' ELSE opc.opcname END AS opclass
              FROM element el
              -- a join, not a subquery per element: the planner ran that one as a scan per row (1.5 s for 6,000)
              LEFT JOIN pg_attribute att ON att.attrelid = el.indrelid AND att.attnum = el.attnum
              LEFT JOIN pg_collation co ON co.oid = el.coll
              LEFT JOIN pg_opclass opc ON opc.oid = el.opc
            ),
            aggregated AS (
              SELECT indexrelid,
                     array_agg(definition ORDER BY position) AS definitions,
                     array_agg(attnum ORDER BY position) AS column_numbers,
                     array_agg(option ORDER BY position) AS options,
                     array_agg(collation_name ORDER BY position) AS collations,
                     array_agg(opclass ORDER BY position) AS opclasses
              FROM described GROUP BY indexrelid
            )
            SELECT idx.indexrelid, idx.indrelid, idx.relname, idx.indisunique, am.amname, idx.indnkeyatts,
                   ag.definitions, ag.column_numbers, ag.options, ag.collations, ag.opclasses,
                   pg_get_expr(idx.indpred, idx.indrelid) AS predicate,
                   %s AS nulls_not_distinct,
                   idx.indisvalid, idx.reloptions, idx.own_tablespace, idx.attached, pg_get_indexdef(idx.indexrelid) AS statement, d.description,
                   idx.backs_exclusion
            FROM idx
            JOIN aggregated ag ON ag.indexrelid = idx.indexrelid
            JOIN pg_am am ON am.oid = idx.relam
            LEFT JOIN pg_description d ON d.objoid = idx.indexrelid AND d.classoid = 'pg_class'::regclass
                 AND d.objsubid = 0
            """;

    private IndexQuery() {
    }

    public static List<Row> read(CatalogSession session, List<String> schemas) throws SQLException {
        String sql = SQL.formatted(session.since(15, "idx.indnullsnotdistinct", "false"));
        return session.query(sql, rs -> new Row(rs.getLong("indexrelid"), rs.getLong("indrelid"),
                rs.getString("relname"), rs.getBoolean("indisunique"), rs.getString("amname"),
                rs.getInt("indnkeyatts"), CatalogSession.strings(rs, "definitions"),
                CatalogSession.integers(rs, "column_numbers"), CatalogSession.integers(rs, "options"),
                CatalogSession.strings(rs, "collations"), CatalogSession.strings(rs, "opclasses"),
                rs.getString("predicate"), rs.getBoolean("nulls_not_distinct"), rs.getBoolean("indisvalid"),
                CatalogSession.strings(rs, "reloptions"), rs.getBoolean("own_tablespace"), rs.getBoolean("attached"),
                rs.getString("statement"), rs.getString("description"),
                rs.getBoolean("backs_exclusion")),
                schemas);
    }
}
