package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code partition by range (logdate)} on a table: the table is partitioned, holds no rows itself, and its rows go
 * to its partitions. {@code method} is {@code range}, {@code list} or {@code hash} (lower case); {@code key} is the
 * text inside the parentheses, verbatim (columns or parenthesised expressions, as PostgreSQL takes them).
 */
public record PartitionKey(String method, String key, Span span) {

    public PartitionKey {
        method = method.toLowerCase(Locale.ROOT);
    }

    /** The methods PostgreSQL partitions by. */
    public static boolean known(String method) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "range", "list", "hash" -> true;
            default -> false;
        };
    }

    /** The key's plain column names, or null when an element is an expression (or has a collation/opclass). */
    public List<String> columns() {
        var names = new ArrayList<String>();
        for (String part : key.split(",")) {
            String name = part.strip();
            if (name.matches("[a-z_][a-z_0-9$]*")) {
                names.add(name);
            } else if (name.matches("\"([^\"]|\"\")+\"")) {
                names.add(name.substring(1, name.length() - 1).replace("\"\"", "\""));
            } else {
                return null;
            }
        }
        return List.copyOf(names);
    }

    /** The same key, ignoring where it was written. */
    public boolean sameAs(PartitionKey other) {
        return other != null && method.equals(other.method) && key.strip().equals(other.key.strip());
    }
}
