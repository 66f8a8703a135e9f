package dev.strata.compiler.check;

import dev.strata.compiler.diag.Span;
import java.util.HashMap;
import java.util.Map;

/** Remembers where each name of one namespace was first declared, to report later declarations as duplicates. */
final class FirstDeclarations {

    /** What holds a name: its kind in words ("table", "primary key index") and where it was declared. */
    record Holder(String kind, Span span) {
    }

    private final Map<String, Holder> first = new HashMap<>();

    /** Claims {@code name}; returns the earlier holder when the name was already taken, else null. */
    Holder claim(String name, String kind, Span span) {
        return first.putIfAbsent(name, new Holder(kind, span));
    }

    Holder holder(String name) {
        return first.get(name);
    }
}
