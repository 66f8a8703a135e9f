package dev.strata.engine.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A normalized description of some schemas of a database, read from PostgreSQL's catalog with a few set-based
 * queries: which schemas exist; tables and their columns (type, collation, NOT NULL, default, identity,
 * generation, comment); constraints and indexes by their definitions; triggers; views and materialized views
 * (columns, definition, column defaults); functions and procedures (full definition); enums (labels in order);
 * domains; sequences; comments; privileges. Everything is keyed by a readable path ({@code column
 * core.customer.email}) so two snapshots compare with {@link #equals} and differ in readable lines
 * ({@link #diff}). Data is not part of it (sequence positions neither), nor are owners, physical column order,
 * objects that belong to extensions, identity sequences and PostgreSQL 18's catalogued NOT NULL constraints (the
 * column's NOT NULL says the same).
 */
public final class CatalogSnapshot {

    private final SortedMap<String, String> entries;

    private CatalogSnapshot(SortedMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** Reads the given schemas. Expressions are printed schema-qualified, whatever the session's search_path. */
    public static CatalogSnapshot capture(Connection connection, List<String> schemas) throws SQLException {
        return PinnedSearchPath.withCatalogOnly(connection, () -> {
            var entries = new TreeMap<String, String>();
            Array names = connection.createArrayOf("text", schemas.toArray());
            for (Query query : Query.ALL) {
                try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
                    statement.setArray(1, names);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            entries.put(query.kind() + " " + rows.getString(1), Objects.toString(rows.getString(2), ""));
                        }
                    }
                }
            }
            return new CatalogSnapshot(entries);
        });
    }

    /** Every object, path to description, sorted by path. */
    public SortedMap<String, String> entries() {
        return entries;
    }

    /**
     * What changes from this snapshot to {@code other}: {@code - path: description} for what only this one has,
     * {@code + path: description} for what only the other has, {@code ~ path: a  =>  b} for what differs.
     */
    public List<String> diff(CatalogSnapshot other) {
        var lines = new ArrayList<String>();
        var keys = new java.util.TreeSet<String>(entries.keySet());
        keys.addAll(other.entries.keySet());
        for (String key : keys) {
            String a = entries.get(key);
            String b = other.entries.get(key);
            if (a == null) {
                lines.add("+ " + key + ": " + b);
            } else if (b == null) {
                lines.add("- " + key + ": " + a);
            } else if (!a.equals(b)) {
                lines.add("~ " + key + ": " + a + "  =>  " + b);
            }
        }
        return lines;
    }

    /** One line per object. */
    public String describe() {
        var text = new StringBuilder();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            text.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogSnapshot other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    /** A catalog query: first column the object's path, second its description; {@code ?} the schema names. */
    private record Query(String kind, String sql) {

        /** Relations, types, functions that belong to an extension are the extension's business. */
        private static final String NOT_EXTENSION = """
                NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = %s::regclass AND d.objid = %s
                            AND d.deptype = 'e')""";

        static final List<Query> ALL = List.of(
                new Query("schema", """
                        SELECT n.nspname, concat_ws('; ', 'acl=' || array_to_string(ARRAY(
                                   SELECT x::text FROM unnest(coalesce(n.nspacl, acldefault('n', n.nspowner))) x ORDER BY 1), ','),
                               'comment=' || obj_description(n.oid, 'pg_namespace'))
                        FROM pg_namespace n WHERE n.nspname = ANY (?)"""),
                new Query("relation", """
                        SELECT n.nspname || '.' || c.relname,
                               concat_ws('; ', 'kind=' || c.relkind::text,
                                   'acl=' || array_to_string(ARRAY(SELECT x::text FROM unnest(coalesce(c.relacl, acldefault('r', c.relowner))) x ORDER BY 1), ','),
                                   'comment=' || obj_description(c.oid, 'pg_class'),
                                   CASE WHEN c.relkind IN ('v', 'm') THEN 'definition=' || pg_get_viewdef(c.oid) END)
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                          AND""" + " " + NOT_EXTENSION.formatted("'pg_class'", "c.oid")),
                new Query("column", """
                        SELECT n.nspname || '.' || c.relname || '.' || a.attname,
                               concat_ws('; ', format_type(a.atttypid, a.atttypmod),
                                   CASE WHEN a.attnotnull THEN 'not null' END,
                                   CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0
                                        THEN 'collate ' || (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END,
                                   CASE WHEN a.attidentity <> '' THEN 'identity ' || a.attidentity::text
                                       || ' sequence ' || pg_get_serial_sequence(
                                           quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) END,
                                   CASE WHEN a.attgenerated <> '' THEN 'generated ' || pg_get_expr(ad.adbin, ad.adrelid) END,
                                   CASE WHEN a.attgenerated = '' AND ad.adbin IS NOT NULL
                                        THEN 'default ' || pg_get_expr(ad.adbin, ad.adrelid) END,
                                   'comment=' || col_description(c.oid, a.attnum),
                                   'acl=' || nullif(array_to_string(ARRAY(SELECT x::text FROM unnest(a.attacl) x
                                       ORDER BY 1), ','), ''))
                        FROM pg_attribute a
                        JOIN pg_class c ON c.oid = a.attrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        JOIN pg_type t ON t.oid = a.atttypid
                        LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                        WHERE n.nspname = ANY (?) AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                          AND a.attnum > 0 AND NOT a.attisdropped
                          AND""" + " " + NOT_EXTENSION.formatted("'pg_class'", "c.oid")),
                new Query("constraint", """
                        SELECT n.nspname || '.' || coalesce(c.relname, t.typname) || '.' || k.conname,
                               concat_ws('; ', pg_get_constraintdef(k.oid), 'comment=' || obj_description(k.oid, 'pg_constraint'))
                        FROM pg_constraint k
                        JOIN pg_namespace n ON n.oid = k.connamespace
                        LEFT JOIN pg_class c ON c.oid = k.conrelid
                        LEFT JOIN pg_type t ON t.oid = k.contypid
                        WHERE n.nspname = ANY (?) AND k.contype <> 'n'"""),
                new Query("index", """
                        SELECT n.nspname || '.' || c.relname, pg_get_indexdef(c.oid)
                        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = ANY (?)
                          AND""" + " " + NOT_EXTENSION.formatted("'pg_class'", "i.indrelid")),
                new Query("trigger", """
                        SELECT n.nspname || '.' || c.relname || '.' || g.tgname, pg_get_triggerdef(g.oid)
                        FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = ANY (?) AND NOT g.tgisinternal"""),
                new Query("routine", """
                        SELECT n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
                               concat_ws('; ', pg_get_functiondef(p.oid),
                                   'acl=' || array_to_string(ARRAY(SELECT x::text FROM unnest(coalesce(p.proacl, acldefault('f', p.proowner))) x ORDER BY 1), ','),
                                   'comment=' || obj_description(p.oid, 'pg_proc'))
                        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        WHERE n.nspname = ANY (?) AND p.prokind IN ('f', 'p')
                          AND""" + " " + NOT_EXTENSION.formatted("'pg_proc'", "p.oid")),
                new Query("type", """
                        SELECT n.nspname || '.' || t.typname,
                               concat_ws('; ', CASE t.typtype WHEN 'e' THEN 'enum (' || array_to_string(ARRAY(
                                       SELECT quote_literal(e.enumlabel) FROM pg_enum e WHERE e.enumtypid = t.oid
                                       ORDER BY e.enumsortorder), ', ') || ')'
                                   WHEN 'd' THEN 'domain over ' || format_type(t.typbasetype, t.typtypmod)
                                       || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
                                       || coalesce(' default ' || t.typdefault, '') END,
                                   'comment=' || obj_description(t.oid, 'pg_type'))
                        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                        WHERE n.nspname = ANY (?) AND t.typtype IN ('e', 'd')
                          AND""" + " " + NOT_EXTENSION.formatted("'pg_type'", "t.oid")),
                new Query("sequence", """
                        SELECT n.nspname || '.' || c.relname,
                               concat_ws('; ', format_type(s.seqtypid, NULL), 'start ' || s.seqstart,
                                   'increment ' || s.seqincrement, 'min ' || s.seqmin, 'max ' || s.seqmax,
                                   'cache ' || s.seqcache, CASE WHEN s.seqcycle THEN 'cycle' END,
                                   (SELECT 'owned by ' || oc.relname || '.' || oa.attname
                                    FROM pg_depend d JOIN pg_class oc ON oc.oid = d.refobjid
                                    JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
                                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a'),
                                   'acl=' || array_to_string(ARRAY(SELECT x::text FROM unnest(coalesce(c.relacl,
                                       acldefault('s', c.relowner))) x ORDER BY 1), ','),
                                   'comment=' || obj_description(c.oid, 'pg_class'))
                        FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname = ANY (?)
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                          AND d.objid = c.oid AND d.deptype IN ('i', 'e'))"""),
                new Query("extension", """
                        SELECT x.extname, n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
                        WHERE n.nspname = ANY (?)"""));
    }
}
