package dev.strata.compiler.sql;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.Exclusion;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import dev.strata.compiler.model.View;
import dev.strata.plan.sql.Identifiers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names PostgreSQL gives to what a source leaves unnamed: constraints and indexes ({@code customer_pkey},
 * {@code customer_email_key}, {@code purchase_customer_id_fkey}, {@code t_a_check}, {@code t_lower_idx}) and the
 * sequences of identity and serial columns ({@code t_id_seq}). The one place the checks, the planner and
 * introspection learn them:
 * <ul>
 *   <li>{@link #wanted} is the name before PostgreSQL makes it fit and unique: the checks report when it is too long
 *       or already taken, rather than predict the outcome silently;</li>
 *   <li>{@link #of(Table)} is what PostgreSQL ends up with: cut to 63 bytes ({@link Identifiers#objectName}) and
 *       numbered when taken. The planner writes these names, so a plan can later drop or rename what it made.</li>
 * </ul>
 */
public final class DefaultNames {

    private static final Pattern FUNCTION_CALL =
            Pattern.compile("^([A-Za-z_][A-Za-z0-9_$]*)(?:\\s*\\.\\s*([A-Za-z_][A-Za-z0-9_$]*))?\\s*\\(.*",
                    Pattern.DOTALL);

    private DefaultNames() {
    }

    // ------------------------------------------------------------------ the names PostgreSQL starts from

    public static String wanted(Table table, PrimaryKey primaryKey) {
        return primaryKey.name() != null ? primaryKey.name() : table.name() + "_pkey";
    }

    public static String wanted(Table table, UniqueConstraint unique) {
        return unique.name() != null ? unique.name() : join(table.name(), unique.columns(), "key");
    }

    public static String wanted(Table table, ForeignKey foreignKey) {
        return foreignKey.name() != null ? foreignKey.name() : join(table.name(), foreignKey.columns(), "fkey");
    }

    public static String wanted(Table table, Check check) {
        if (check.name() != null) {
            return check.name();
        }
        return check.column() == null ? table.name() + "_check" : table.name() + "_" + check.column() + "_check";
    }

    /** PostgreSQL names an exclusion constraint (and its index) after its keys, as an index: {@code t_during_excl}. */
    public static String wanted(Table table, Exclusion exclusion) {
        return exclusion.name() != null ? exclusion.name() : join(table.name(), exclusionColumnNames(exclusion), "excl");
    }

    /** The key names of an exclusion constraint's index (as {@link #indexColumnNames}), then its included columns. */
    public static List<String> exclusionColumnNames(Exclusion exclusion) {
        var parts = new ArrayList<String>();
        for (var element : exclusion.elements()) {
            var key = element.key();
            parts.add(key.column() != null ? key.column() : expressionName(key.expression()));
        }
        parts.addAll(exclusion.include());
        return parts;
    }

    public static String wanted(Table table, Index index) {
        return index.name() != null ? index.name() : join(table.name(), indexColumnNames(index), "idx");
    }

    /** The sequence PostgreSQL creates behind an identity or serial column, before it is cut to fit. */
    public static String identitySequence(String table, String column) {
        return table + "_" + column + "_seq";
    }

    /** The sequence of an identity or serial column as PostgreSQL names it (cut to 63 bytes). */
    public static String sequenceOf(String table, String column) {
        return Identifiers.objectName(table, column, "seq");
    }

    /**
     * The names PostgreSQL gives the keys of an index: a column's own name, the function an expression calls
     * ({@code lower(email)} gives "lower"), else "expr"; included columns follow the keys.
     */
    public static List<String> indexColumnNames(Index index) {
        var parts = new ArrayList<String>();
        for (var element : index.elements()) {
            parts.add(element.column() != null ? element.column() : expressionName(element.expression()));
        }
        parts.addAll(index.include());
        return parts;
    }

    /** PostgreSQL names an index key after the function it calls ({@code lower(email)} gives "lower"), else "expr". */
    public static String expressionName(String expression) {
        var text = stripParentheses(expression.strip());
        var call = FUNCTION_CALL.matcher(text);
        if (!call.matches()) {
            return "expr";
        }
        var name = call.group(2) != null ? call.group(2) : call.group(1);
        return name.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ the names PostgreSQL ends up with

    /** The names of a table's constraints and indexes, computed once, looked up by model node or by name. */
    public static Names of(Table table) {
        return of(table.name(), constraintsAndIndexes(table));
    }

    /** The names of a materialized view's indexes, as PostgreSQL gives them: {@code v_a_idx}. */
    public static Names of(View view) {
        return of(view.name(), new ArrayList<>(view.indexes()));
    }

    private static Names of(String relation, List<Object> nodes) {
        var taken = new HashSet<String>();
        var names = new IdentityHashMap<Object, String>();
        // explicit names first, so generated ones avoid them as PostgreSQL's would
        for (Object node : nodes) {
            String explicit = explicitName(node);
            if (explicit != null) {
                names.put(node, explicit);
                taken.add(explicit);
            }
        }
        for (Object node : nodes) {
            if (explicitName(node) == null) {
                names.put(node, unique(defaultName(relation, node), taken));
            }
        }
        return new Names(names);
    }

    private static List<Object> constraintsAndIndexes(Table table) {
        var all = new ArrayList<Object>();
        if (table.primaryKey() != null) {
            all.add(table.primaryKey());
        }
        all.addAll(table.uniques());
        all.addAll(table.checks());
        all.addAll(table.foreignKeys());
        all.addAll(table.exclusions());
        all.addAll(table.indexes());
        return all;
    }

    private static String explicitName(Object node) {
        if (node instanceof PrimaryKey p) {
            return p.name();
        }
        if (node instanceof UniqueConstraint u) {
            return u.name();
        }
        if (node instanceof Check c) {
            return c.name();
        }
        if (node instanceof ForeignKey f) {
            return f.name();
        }
        if (node instanceof Exclusion x) {
            return x.name();
        }
        return ((Index) node).name();
    }

    private static String defaultName(String table, Object node) {
        if (node instanceof PrimaryKey) {
            return Identifiers.objectName(table, null, "pkey");
        }
        if (node instanceof UniqueConstraint u) {
            return Identifiers.objectName(table, String.join("_", u.columns()), "key");
        }
        if (node instanceof Check c) {
            return Identifiers.objectName(table, c.column(), "check");
        }
        if (node instanceof ForeignKey f) {
            return Identifiers.objectName(table, String.join("_", f.columns()), "fkey");
        }
        if (node instanceof Exclusion x) {
            return Identifiers.objectName(table, String.join("_", exclusionColumnNames(x)), "excl");
        }
        return Identifiers.objectName(table, String.join("_", indexColumnNames((Index) node)), "idx");
    }

    /** PostgreSQL appends 1, 2, … (keeping the label) when a generated name is taken. */
    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        int n = 1;
        while (taken.contains(candidate)) {
            candidate = name + n++;
        }
        taken.add(candidate);
        return candidate;
    }

    private static String stripParentheses(String text) {
        while (text.startsWith("(") && text.endsWith(")") && enclosesAll(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Whether the opening parenthesis at 0 closes at the very end (so "(a) + (b)" is not stripped). */
    private static boolean enclosesAll(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && i < text.length() - 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String join(String table, List<String> parts, String suffix) {
        return table + "_" + String.join("_", parts) + "_" + suffix;
    }

    /** The computed names of one table. Two equal constraints of one table still get two names (identity keys). */
    public static final class Names {
        private final Map<Object, String> names;
        private final Set<String> all;

        private Names(Map<Object, String> names) {
            this.names = names;
            this.all = Set.copyOf(names.values());
        }

        public String of(Object constraintOrIndex) {
            String name = names.get(constraintOrIndex);
            if (name == null) {
                throw new IllegalArgumentException("not a constraint or index of this table: " + constraintOrIndex);
            }
            return name;
        }

        /** Whether a constraint or index of the table has this name (written or generated). */
        public boolean has(String name) {
            return all.contains(name);
        }

        public Collection<String> all() {
            return all;
        }
    }
}
