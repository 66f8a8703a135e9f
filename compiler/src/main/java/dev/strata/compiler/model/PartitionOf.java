package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code partition NAME of PARENT for values …}: the table is a partition of {@code parent} with bound
 * {@code bound}. A partition has the parent's columns, keys and indexes (PostgreSQL gives them to it).
 */
public record PartitionOf(String parent, Bound bound, Span span) {

    /** Which form of bound a partition has; a range, list or hash bound fits the parent's method of that name. */
    public enum Kind {
        RANGE, LIST, HASH, DEFAULT;

        /** The partitioning method this bound belongs to, or null for the default partition (range or list). */
        public String method() {
            return this == DEFAULT ? null : name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The bound: for {@code RANGE} the texts inside {@code from (…)} and {@code to (…)}, for {@code LIST} the text
     * inside {@code in (…)}, for {@code HASH} the text inside {@code with (…)}, for {@code DEFAULT} none. Verbatim.
     */
    public record Bound(Kind kind, List<String> values) {

        public Bound {
            values = values.stream().map(String::strip).toList();
        }

        /** The bound as Strata writes it: {@code for values from ('2026-01-01') to ('2027-01-01')}. */
        public String strata() {
            return switch (kind) {
                case RANGE -> "for values from (" + values.get(0) + ") to (" + values.get(1) + ")";
                case LIST -> "for values in (" + values.get(0) + ")";
                case HASH -> "for values with (" + values.get(0) + ")";
                case DEFAULT -> "default";
            };
        }
    }
}
