package dev.strata.introspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an object the Strata language cannot express differs between two databases: it is only on one side, or on
 * both with another definition or reason. Objects are matched by kind and name; one object may be listed more than
 * once (a column with two options, a table with two grants), so what is compared is everything listed under it.
 */
public record UnsupportedDifference(String kind, String name, Where where) {

    /** Where the object is. */
    public enum Where {
        ONLY_FROM("only in the first"),
        ONLY_TO("only in the second"),
        DIFFERENT("in both, defined differently");

        private final String words;

        Where(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public UnsupportedDifference {
        Objects.requireNonNull(where);
    }

    /** How messages name it: {@code policy core.orders.tenant_isolation}. */
    public String object() {
        return kind + " " + name;
    }

    /** The differences between what two databases hold that the language cannot express, sorted by kind and name. */
    public static List<UnsupportedDifference> between(List<Unsupported> from, List<Unsupported> to) {
        Map<String, List<Unsupported>> before = byObject(from);
        Map<String, List<Unsupported>> after = byObject(to);
        var differences = new ArrayList<UnsupportedDifference>();
        before.forEach((object, items) -> {
            var other = after.get(object);
            var first = items.get(0);
            if (other == null) {
                differences.add(new UnsupportedDifference(first.kind(), first.name(), Where.ONLY_FROM));
            } else if (!sorted(items).equals(sorted(other))) {
                differences.add(new UnsupportedDifference(first.kind(), first.name(), Where.DIFFERENT));
            }
        });
        after.forEach((object, items) -> {
            if (!before.containsKey(object)) {
                differences.add(new UnsupportedDifference(items.get(0).kind(), items.get(0).name(), Where.ONLY_TO));
            }
        });
        differences.sort(java.util.Comparator.comparing(UnsupportedDifference::kind)
                .thenComparing(UnsupportedDifference::name));
        return List.copyOf(differences);
    }

    private static Map<String, List<Unsupported>> byObject(List<Unsupported> items) {
        var map = new LinkedHashMap<String, List<Unsupported>>();
        items.forEach(u -> map.computeIfAbsent(u.object(), k -> new ArrayList<>()).add(u));
        return map;
    }

    private static List<String> sorted(List<Unsupported> items) {
        return items.stream().map(u -> u.reason() + "\u0000" + u.definition()).sorted().toList();
    }
}
