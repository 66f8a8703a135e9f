package dev.strata.compiler.sql;

import dev.strata.compiler.model.Check;
import dev.strata.compiler.model.ForeignKey;
import dev.strata.compiler.model.Identifiers;
import dev.strata.compiler.model.Index;
import dev.strata.compiler.model.PrimaryKey;
import dev.strata.compiler.model.Table;
import dev.strata.compiler.model.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names PostgreSQL would choose for unnamed constraints and indexes ({@code customer_pkey},
 * {@code customer_email_key}, {@code purchase_customer_id_fkey}, {@code purchase_customer_id_placed_at_idx}).
 * The planner always writes the name it computed here, so the plan can later drop or rename what it created.
 */
public final class DefaultNames {

    private DefaultNames() {
    }

    /** PostgreSQL's makeObjectName: truncates the longer part first so the whole fits in 63 bytes. */
    public static String objectName(String name1, String name2, String label) {
        int overhead = (name2 != null ? 1 : 0) + (label != null ? label.length() + 1 : 0);
        int available = Identifiers.MAX_BYTES - overhead;
        int chars1 = bytes(name1);
        int chars2 = name2 == null ? 0 : bytes(name2);
        while (chars1 + chars2 > available) {
            if (chars1 > chars2) {
                chars1--;
            } else {
                chars2--;
            }
        }
        var out = new StringBuilder(clip(name1, chars1));
        if (name2 != null) {
            out.append('_').append(clip(name2, chars2));
        }
        if (label != null) {
            out.append('_').append(label);
        }
        return out.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} without splitting a character. */
    private static String clip(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** The names of a table's constraints and indexes, keyed by the model node (identity). */
    public static Names of(Table table) {
        var taken = new HashSet<String>();
        var names = new LinkedHashMap<Object, String>();
        // explicit names first, so generated ones avoid them as PostgreSQL's would
        for (Object node : constraintsAndIndexes(table)) {
            String explicit = explicitName(node);
            if (explicit != null) {
                names.put(new Key(node), explicit);
                taken.add(explicit);
            }
        }
        for (Object node : constraintsAndIndexes(table)) {
            if (explicitName(node) == null) {
                names.put(new Key(node), unique(defaultName(table.name(), node), taken));
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
        return ((Index) node).name();
    }

    private static String defaultName(String table, Object node) {
        if (node instanceof PrimaryKey) {
            return objectName(table, null, "pkey");
        }
        if (node instanceof UniqueConstraint u) {
            return objectName(table, String.join("_", u.columns()), "key");
        }
        if (node instanceof Check c) {
            return objectName(table, c.column(), "check");
        }
        if (node instanceof ForeignKey f) {
            return objectName(table, String.join("_", f.columns()), "fkey");
        }
        var index = (Index) node;
        var parts = index.elements().stream().map(e -> e.column() != null ? e.column() : "expr").toList();
        return objectName(table, String.join("_", parts), "idx");
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

    /** Identity-keyed wrapper: two equal constraints of one table still get two names. */
    private record Key(Object node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /** The computed names of one table. */
    public static final class Names {
        private final Map<Object, String> names;

        private Names(Map<Object, String> names) {
            this.names = names;
        }

        public String of(Object constraintOrIndex) {
            String name = names.get(new Key(constraintOrIndex));
            if (name == null) {
                throw new IllegalArgumentException("not a constraint or index of this table: " + constraintOrIndex);
            }
            return name;
        }
    }
}
