package dev.strata.runtime.introspect;

import java.sql.SQLException;
import java.util.List;

/**
 * What views, routines, defaults, constraints and indexes in the requested schemas depend on, as PostgreSQL
 * recorded it, restricted to relations, routines and types in the requested schemas. Lets the model builder
 * leave out (and report) whatever depends on something it had to leave out, so the imported model still applies.
 * {@code ownerKind} and {@code refKind} are {@code relation}, {@code routine} or {@code type}.
 */
final class DependencyQuery {

    record Row(String ownerKind, long owner, String element, String refKind, long ref) {
    }

    private static final String SQL = """
            WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname = ANY(?)),
            deps AS (
              SELECT d.classid, d.objid, d.refclassid, d.refobjid
              FROM pg_depend d
              WHERE d.deptype = 'n'
                AND d.classid IN ('pg_rewrite'::regclass, 'pg_attrdef'::regclass, 'pg_constraint'::regclass,
                                  'pg_proc'::regclass, 'pg_class'::regclass)
                AND ((d.refclassid = 'pg_class'::regclass AND EXISTS (SELECT 1 FROM pg_class r
                        WHERE r.oid = d.refobjid AND r.relnamespace IN (SELECT oid FROM ns)))
                  OR (d.refclassid = 'pg_proc'::regclass AND EXISTS (SELECT 1 FROM pg_proc r
                        WHERE r.oid = d.refobjid AND r.pronamespace IN (SELECT oid FROM ns)))
                  OR (d.refclassid = 'pg_type'::regclass AND EXISTS (SELECT 1 FROM pg_type r
                        WHERE r.oid = d.refobjid AND r.typnamespace IN (SELECT oid FROM ns))))
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

    static List<Row> read(CatalogSession session, Scope scope) throws SQLException {
        return session.query(SQL, rs -> new Row(rs.getString("owner_kind"), rs.getLong("owner"),
                rs.getString("element"), rs.getString("ref_kind"), rs.getLong("refobjid")), scope.schemas());
    }
}
