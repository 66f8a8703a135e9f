package dev.strata.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The objects a project declares unmanaged ({@code [unmanaged] objects} in {@code strata.toml}): entries
 * {@code KIND NAME} matched against {@link Unsupported#object()}, where {@code *} stands for any run of
 * characters. Splits what a database holds into what is reported and what is left alone, and names the entries
 * that match nothing (a typo, or an object since dropped), so that no declaration goes stale silently.
 */
public final class UnmanagedDeclarations {

    private final List<String> entries;
    private final List<Pattern> patterns;

    public UnmanagedDeclarations(List<String> entries) {
        this.entries = List.copyOf(entries);
        this.patterns = this.entries.stream().map(UnmanagedDeclarations::glob).toList();
    }

    /** What to report, how many objects were left alone as declared, and the entries that matched none. */
    public record Split(List<Unsupported> reported, int leftAlone, List<String> stale) {

        public Split {
            reported = List.copyOf(reported);
            stale = List.copyOf(stale);
        }
    }

    /** Splits the objects of one or more databases (the entries are stale when they match none of them all). */
    @SafeVarargs
    public final Split split(List<Unsupported>... sides) {
        var reported = new ArrayList<Unsupported>();
        var left = new java.util.LinkedHashSet<String>();
        var used = new boolean[patterns.size()];
        for (var side : sides) {
            for (var object : side) {
                boolean declared = false;
                for (int i = 0; i < patterns.size(); i++) {
                    if (patterns.get(i).matcher(object.object()).matches()) {
                        used[i] = true;
                        declared = true;
                    }
                }
                if (declared) {
                    left.add(object.object());
                } else {
                    reported.add(object);
                }
            }
        }
        var stale = new ArrayList<String>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                stale.add(entries.get(i));
            }
        }
        return new Split(reported, left.size(), stale);
    }

    /** Whether an object is declared unmanaged. */
    public boolean declared(Unsupported object) {
        return matching(object) >= 0;
    }

    /** The same list without the objects declared unmanaged. */
    public List<Unsupported> undeclared(List<Unsupported> objects) {
        return objects.stream().filter(o -> !declared(o)).toList();
    }

    private int matching(Unsupported object) {
        for (int i = 0; i < patterns.size(); i++) {
            if (patterns.get(i).matcher(object.object()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static Pattern glob(String entry) {
        var parts = java.util.Arrays.stream(entry.split("\\*", -1)).map(Pattern::quote).toList();
        return Pattern.compile(String.join(".*", parts));
    }
}
