package dev.strata.introspect;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what the import had to leave out, each once, and lists it sorted by kind and name. */
final class Findings {

    private final Set<Unsupported> items = new LinkedHashSet<>();

    void add(String kind, String name, String reason) {
        items.add(new Unsupported(kind, name, reason));
    }

    /** An object with its definition as PostgreSQL prints it, so that two databases' objects can be compared. */
    void add(String kind, String name, String reason, String definition) {
        items.add(new Unsupported(kind, name, reason, definition));
    }

    void addAll(List<Unsupported> unsupported) {
        items.addAll(unsupported);
    }

    List<Unsupported> sorted() {
        return items.stream()
                .sorted(Comparator.comparing(Unsupported::kind).thenComparing(Unsupported::name)
                        .thenComparing(Unsupported::reason))
                .toList();
    }

    static String qualified(String... parts) {
        return String.join(".", parts);
    }
}
