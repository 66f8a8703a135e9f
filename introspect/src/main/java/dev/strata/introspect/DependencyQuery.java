package dev.strata.introspect;

import dev.strata.engine.catalog.CatalogSession;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * What depends on a given set of objects (relations, routines, types), as PostgreSQL recorded it: the definitions
 * of views and routines, column defaults, constraints and indexes. Asked only about objects the import leaves out,
 * so a database whose every object is imported needs no dependency query at all. {@code ownerKind} and
 * {@code refKind} are {@code relation}, {@code routine} or {@code type}.
 */
final class DependencyQuery {

    record Row(String ownerKind, long owner, String element, String refKind, long ref) {
    }

    /** An object asked about: its kind as above and its oid. */
    record Ref(String kind, long oid) {
    }

    private static final String SQL = """
            WITH refs AS (
              SELECT CASE r.kind WHEN 'relation' THEN 'pg_class'::regclass WHEN 'routine' THEN 'pg_proc'::regclass
                                 ELSE 'pg_type'::regclass END AS refclassid,
                     r.oid::oid AS refobjid
              FROM unnest(?::text[], ?::int8[]) AS r(kind, oid)
            ),
            deps AS (
              SELECT DISTINCT d.classid, d.objid, d.refclassid, d.refobjid
              FROM pg_depend d JOIN refs USING (refclassid, refobjid)
              WHERE d.deptype = 'n'
                AND d.classid IN ('pg_rewrite'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass,
                                  'pg_proc'::regclass, 'pg_class'::regclass)
            ),
            owned AS (
              SELECT 'relation' AS owner_kind, rw.ev_class AS owner, 'definition' AS element, deps.*
              FROM deps JOIN pg_rewrite rw ON rw.oid = deps.objid
              WHERE deps.classid = 'pg_rewrite'::regclass
              UNION ALL
              SELECT 'relation', ad.adrelid, 'default of column ' || a.attname, deps.*
              FROM deps JOIN pg_attrdef ad ON ad.oid = deps.objid
              JOIN pg_attribute a ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
              WHERE deps.classid = 'pg_attrdef'::regclass
              UNION ALL
              SELECT CASE WHEN con.conrelid <> 0 THEN 'relation' ELSE 'type' END,
                     CASE WHEN con.conrelid <> 0 THEN con.conrelid ELSE con.contypid END,
                     'constraint ' || con.conname, deps.*
              FROM deps JOIN pg_constraint con ON con.oid = deps.objid
              WHERE deps.classid = 'pg_constraint'::regclass
              UNION ALL
              SELECT 'relation', i.indrelid, 'index ' || ic.relname, deps.*
              FROM deps JOIN pg_index i ON i.indexrelid = deps.objid JOIN pg_class ic ON ic.oid = i.indexrelid
              WHERE deps.classid = 'pg_class'::regclass
              UNION ALL
              SELECT 'routine', deps.objid, 'definition', deps.*
              FROM deps WHERE deps.classid = 'pg_proc'::regclass
            )
            SELECT owner_kind, owner, element,
                   CASE refclassid WHEN 'pg_class'::regclass THEN 'relation' WHEN 'pg_proc'::regclass THEN 'routine'
                        ELSE 'type' END AS ref_kind,
                   refobjid
            FROM owned
            WHERE NOT (refclassid = 'pg_class'::regclass AND refobjid = owner)
            ORDER BY 1, 2, 3, 4, 5
            """;

    private DependencyQuery() {
    }

    static List<Row> dependents(CatalogSession session, Collection<Ref> refs) throws SQLException {
        var kinds = refs.stream().map(Ref::kind).toList();
        var oids = refs.stream().map(Ref::oid).toList();
        return session.query(SQL, rs -> new Row(rs.getString("owner_kind"), rs.getLong("owner"),
                rs.getString("element"), rs.getString("ref_kind"), rs.getLong("refobjid")), kinds, oids);
    }
}
