package dev.strata.engine.apply;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Before a step drops an object (its {@code drops}, or its {@code reverseDrops} when a rollback runs its reverse),
 * looks up in {@code pg_depend} what would go with it or stop it: triggers (INSTEAD OF ones on views too), rules,
 * policies, views reading it, partitions and inheritance children, indexes, constraints and statistics objects on a
 * dropped column, defaults and triggers using a dropped function. One set-based query for all the steps of a plan,
 * run before the first of them.
 *
 * <p>Not reported: the dropped object's own parts (a table's columns, defaults, constraints, indexes, statistics,
 * row type and owned sequences; a column's NOT NULL constraint, on PostgreSQL 18; a view's {@code _RETURN} rule), internal objects (an array type, a constraint's
 * index: reported as what they belong to), members of an extension, and objects the plan itself drops in any of
 * its steps (they are among the dropped objects of the same query).
 */
final class DependentsGuard {

    /** One object that would go with a dropped one: its kind and name in words, and which dropped target it needs. */
    record Dependent(String kind, String name, StepTarget needs) {

        String describe() {
            return kind + " " + name + " (depends on " + words(needs) + ")";
        }
    }

    /** The step's targets, numbered, resolved to catalog addresses (class, object, column). */
    private static final String RESOLVED = """
            WITH RECURSIVE target(root, kind, schema_name, table_name, object_name, args) AS (
                SELECT * FROM unnest(?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
            ), dropped(root, classid, objid, objsubid) AS (
                SELECT t.root, 'pg_class'::regclass, c.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.object_name
                WHERE t.kind IN ('TABLE', 'VIEW', 'INDEX', 'SEQUENCE')
                UNION ALL
                SELECT t.root, 'pg_class'::regclass, a.attrelid, a.attnum
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = t.object_name AND NOT a.attisdropped
                WHERE t.kind = 'COLUMN'
                UNION ALL
                SELECT t.root, 'pg_attrdef'::regclass, ad.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = t.object_name AND NOT a.attisdropped
                JOIN pg_attrdef ad ON ad.adrelid = c.oid AND ad.adnum = a.attnum
                WHERE t.kind = 'DEFAULT'
                UNION ALL
                SELECT t.root, 'pg_trigger'::regclass, g.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
                JOIN pg_trigger g ON g.tgrelid = c.oid AND g.tgname = t.object_name
                WHERE t.kind = 'TRIGGER'
                UNION ALL
                SELECT t.root, 'pg_policy'::regclass, p.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
                JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = t.object_name
                WHERE t.kind = 'POLICY'
                UNION ALL
                SELECT t.root, 'pg_constraint'::regclass, k.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = t.table_name
                JOIN pg_constraint k ON k.conrelid = c.oid AND k.conname = t.object_name
                WHERE t.kind = 'CONSTRAINT'
                UNION ALL
                SELECT t.root, 'pg_type'::regclass, y.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_type y ON y.typnamespace = n.oid AND y.typname = t.object_name
                WHERE t.kind IN ('ENUM', 'DOMAIN')
                UNION ALL
                SELECT t.root, 'pg_namespace'::regclass, n.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.object_name
                WHERE t.kind IN ('SCHEMA', 'FACADE_VERSION')
                UNION ALL
                SELECT t.root, 'pg_extension'::regclass, x.oid, 0
                FROM target t JOIN pg_extension x ON x.extname = t.object_name
                WHERE t.kind = 'EXTENSION'
                UNION ALL
                SELECT t.root, 'pg_proc'::regclass, p.oid, 0
                FROM target t JOIN pg_namespace n ON n.nspname = t.schema_name
                JOIN pg_proc p ON p.pronamespace = n.oid AND p.proname = t.object_name
                WHERE t.kind IN ('FUNCTION', 'PROCEDURE')
                  AND (p.oid = to_regprocedure(quote_ident(t.schema_name) || '.' || quote_ident(t.object_name)
                                               || t.args)
                       OR (SELECT count(*) FROM pg_proc q WHERE q.pronamespace = n.oid AND q.proname = t.object_name) = 1)
            )
            """;

    /**
     * What depends on the dropped objects: followed through internal parts (a view's rule, a table's row type),
     * each found object reported as the object it is part of, own parts and extension members left out.
     */
    private static final String DEPENDENTS = RESOLVED + """
            , reached(root, classid, objid, objsubid, deptype) AS (
                SELECT r.root, d.classid, d.objid, d.objsubid, d.deptype
                FROM dropped r JOIN pg_depend d ON d.refclassid = r.classid AND d.refobjid = r.objid
                     AND (r.objsubid = 0 OR d.refobjsubid = r.objsubid)
                WHERE d.deptype IN ('n', 'a', 'i')
                UNION
                -- through internal parts (a row type, a toast table): what uses them, not their own parts
                SELECT r.root, d.classid, d.objid, d.objsubid, d.deptype
                FROM reached r JOIN pg_depend d ON d.refclassid = r.classid AND d.refobjid = r.objid
                     AND (r.objsubid = 0 OR d.refobjsubid = r.objsubid)
                WHERE r.deptype = 'i' AND d.deptype IN ('n', 'i')
            ), owned(root, classid, objid, objsubid, deptype, depth) AS (
                SELECT r.root, r.classid, r.objid, r.objsubid, r.deptype, 0
                FROM reached r WHERE r.deptype IN ('n', 'a')
                UNION ALL
                SELECT o.root, i.refclassid, i.refobjid, i.refobjsubid, o.deptype, o.depth + 1
                FROM owned o JOIN pg_depend i ON i.classid = o.classid AND i.objid = o.objid AND i.objsubid = o.objsubid
                     AND i.deptype = 'i'
                WHERE o.depth < 8
            ), reported(root, classid, objid, objsubid, deptype) AS (
                -- each found object as the outermost object it is part of: an array type as its table
                SELECT o.root, o.classid, o.objid, o.objsubid, o.deptype FROM owned o
                WHERE NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = o.classid AND i.objid = o.objid
                                  AND i.objsubid = o.objsubid AND i.deptype = 'i')
            ), unknown AS (
                SELECT DISTINCT ON (p.classid, p.objid, p.objsubid) p.root, p.classid, p.objid, p.objsubid
                FROM reported p
                WHERE NOT EXISTS (SELECT 1 FROM dropped x
                                  WHERE x.classid = p.classid AND x.objid = p.objid
                                    AND (x.objsubid = 0 OR x.objsubid = p.objsubid))
                  AND NOT EXISTS (SELECT 1 FROM pg_depend e
                                  WHERE e.classid = p.classid AND e.objid = p.objid AND e.deptype IN ('e', 'x'))
                  AND NOT (p.deptype = 'a' AND p.classid = 'pg_class'::regclass
                           AND EXISTS (SELECT 1 FROM pg_class s WHERE s.oid = p.objid AND s.relkind = 'S'))
                  AND NOT EXISTS (SELECT 1 FROM dropped x WHERE x.classid = 'pg_class'::regclass AND (
                         (p.classid = 'pg_attrdef'::regclass AND EXISTS (SELECT 1 FROM pg_attrdef ad
                              WHERE ad.oid = p.objid AND ad.adrelid = x.objid
                                AND (x.objsubid = 0 OR ad.adnum = x.objsubid)))
                      OR (x.objsubid = 0 AND p.classid = 'pg_constraint'::regclass AND EXISTS (
                              SELECT 1 FROM pg_constraint k WHERE k.oid = p.objid AND k.conrelid = x.objid))
                      -- PostgreSQL 18 keeps a column's NOT NULL as a constraint of its own: part of the column
                      OR (x.objsubid <> 0 AND p.classid = 'pg_constraint'::regclass AND EXISTS (
                              SELECT 1 FROM pg_constraint k WHERE k.oid = p.objid AND k.conrelid = x.objid
                                AND k.contype = 'n' AND k.conkey = ARRAY[x.objsubid]::int2[]))
                      OR (x.objsubid = 0 AND p.classid = 'pg_class'::regclass AND EXISTS (
                              SELECT 1 FROM pg_index ix WHERE ix.indexrelid = p.objid AND ix.indrelid = x.objid))
                      OR (x.objsubid = 0 AND p.classid = 'pg_statistic_ext'::regclass AND EXISTS (
                              SELECT 1 FROM pg_statistic_ext st WHERE st.oid = p.objid AND st.stxrelid = x.objid))))
                  AND NOT EXISTS (SELECT 1 FROM dropped x WHERE x.classid = 'pg_type'::regclass
                         AND p.classid = 'pg_constraint'::regclass AND EXISTS (
                              SELECT 1 FROM pg_constraint k WHERE k.oid = p.objid AND k.contypid = x.objid))
                ORDER BY p.classid, p.objid, p.objsubid, p.root
            )
            SELECT u.root, u.classid::bigint AS classid, u.objid::bigint AS objid, u.objsubid, a.type,
                   a.object_names, a.object_args,
                   coalesce((SELECT c.relispartition FROM pg_class c
                             WHERE u.classid = 'pg_class'::regclass AND c.oid = u.objid), false) AS partition
            FROM unknown u, pg_identify_object_as_address(u.classid, u.objid, u.objsubid) a
            ORDER BY a.type, a.object_names::text
            """;

    private DependentsGuard() {
    }

    /**
     * The objects that would go with what {@code steps} drop ({@code forward}: their SQL; otherwise their reverse)
     * and that none of them drops too, by step, in step order; empty when there are none. One query for all the
     * steps, so it runs once for a plan, before its first step; it runs in the caller's transaction, if any.
     */
    static Map<Step, List<Dependent>> unknownDependents(Connection connection, List<Step> steps, boolean forward)
            throws SQLException {
        List<StepTarget> dropped = new ArrayList<>();
        List<Step> droppedBy = new ArrayList<>();
        for (Step step : steps) {
            for (StepTarget target : forward ? step.drops() : step.reverseDrops()) {
                dropped.add(target);
                droppedBy.add(step);
            }
        }
        Map<Step, List<Dependent>> found = new TreeMap<>(Comparator.comparingInt(Step::number));
        if (dropped.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = connection.prepareStatement(DEPENDENTS)) {
            bind(connection, ps, dropped);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int root = rs.getInt("root");
                    found.computeIfAbsent(droppedBy.get(root), step -> new ArrayList<>())
                            .add(dependent(rs, dropped.get(root)));
                }
            }
        }
        return found;
    }

    private static void bind(Connection connection, PreparedStatement ps, List<StepTarget> targets)
            throws SQLException {
        int n = targets.size();
        Integer[] roots = new Integer[n];
        String[] kinds = new String[n];
        String[] schemas = new String[n];
        String[] tables = new String[n];
        String[] names = new String[n];
        String[] args = new String[n];
        for (int i = 0; i < n; i++) {
            StepTarget t = targets.get(i);
            roots[i] = i;
            kinds[i] = t.kind().name();
            schemas[i] = t.schema();
            tables[i] = t.table();
            // a routine's target name carries its argument types, as in place_order(bigint,numeric)
            int paren = t.name().indexOf('(');
            boolean routine = t.kind() == StepTarget.Kind.FUNCTION || t.kind() == StepTarget.Kind.PROCEDURE;
            names[i] = routine && paren > 0 ? t.name().substring(0, paren) : t.name();
            args[i] = routine && paren > 0 ? t.name().substring(paren) : null;
        }
        ps.setArray(1, connection.createArrayOf("int4", roots));
        ps.setArray(2, connection.createArrayOf("text", kinds));
        ps.setArray(3, connection.createArrayOf("text", schemas));
        ps.setArray(4, connection.createArrayOf("text", tables));
        ps.setArray(5, connection.createArrayOf("text", names));
        ps.setArray(6, connection.createArrayOf("text", args));
    }

    private static Dependent dependent(ResultSet rs, StepTarget needs) throws SQLException {
        String type = rs.getString("type");
        List<String> names = strings(rs.getArray("object_names"));
        List<String> args = strings(rs.getArray("object_args"));
        String kind = switch (type) {
            case "table" -> rs.getBoolean("partition") ? "partition" : "inheritance child";
            case "table constraint" -> "constraint";
            case "table column" -> "column";
            default -> type;
        };
        String name = String.join(".", names);
        if ((type.equals("function") || type.equals("procedure")) && !args.isEmpty()) {
            name += "(" + String.join(", ", args) + ")";
        }
        return new Dependent(kind, name, needs);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }

    /** {@code view core.v}, {@code column core.t.a}: a target in words. */
    static String words(StepTarget t) {
        String kind = switch (t.kind()) {
            case FACADE_VERSION -> "schema";
            case ENUM -> "type";
            case DEFAULT -> "default of column";
            default -> t.kind().name().toLowerCase(Locale.ROOT);
        };
        String name = t.kind() == StepTarget.Kind.SCHEMA || t.kind() == StepTarget.Kind.FACADE_VERSION
                || t.kind() == StepTarget.Kind.EXTENSION || t.schema() == null ? t.name()
                : t.schema() + "." + (t.table() == null ? "" : t.table() + ".") + t.name();
        return kind + " " + name;
    }

    /** Why the steps are refused: for each, what it drops and the dependents; then what to do. */
    static String refusal(Map<Step, List<Dependent>> found, boolean forward) {
        var text = new StringBuilder();
        int count = 0;
        for (var entry : found.entrySet()) {
            Step step = entry.getKey();
            List<Dependent> dependents = entry.getValue();
            count += dependents.size();
            if (text.length() > 0) {
                text.append("\n");
            }
            text.append(forward ? "Step " + step.number() : "The reverse of step " + step.number())
                    .append(" (").append(step.change()).append(" ").append(step.object()).append(") would drop ")
                    .append(String.join(", ", (forward ? step.drops() : step.reverseDrops()).stream()
                            .map(DependentsGuard::words).toList()))
                    .append(", and ").append(dependents.size() == 1 ? "an object" : dependents.size() + " objects")
                    .append(" that the plans do not describe depend").append(dependents.size() == 1 ? "s" : "")
                    .append(" on it; PostgreSQL would drop ").append(dependents.size() == 1 ? "it" : "them")
                    .append(" silently or refuse the statement. It was not run:");
            for (Dependent dependent : dependents) {
                text.append("\n  - ").append(dependent.describe());
            }
        }
        String them = count == 1 ? "it" : "them";
        text.append("\nDescribe ").append(them).append(" in the sources so that plans drop and recreate ")
                .append(them).append(", or drop ").append(them).append(" yourself first and make ").append(them)
                .append(" again after the apply; then run the command again. Declaring ").append(them)
                .append(" unmanaged in strata.toml does not let a plan drop ").append(them).append(".");
        return text.toString();
    }
}
