package dev.strata.introspect;

import dev.strata.compiler.model.IdentityOptions;
import dev.strata.engine.catalog.SequenceQuery;

/** PostgreSQL's default sequence options for a type and direction, so only the options that differ are kept. */
record SequenceOptions(long start, long increment, long min, long max, long cache, boolean cycle) {

    static SequenceOptions defaults(String type, long increment) {
        long typeMin;
        long typeMax;
        switch (type) {
            case "smallint":
                typeMin = Short.MIN_VALUE;
                typeMax = Short.MAX_VALUE;
                break;
            case "integer":
                typeMin = Integer.MIN_VALUE;
                typeMax = Integer.MAX_VALUE;
                break;
            default:
                typeMin = Long.MIN_VALUE;
                typeMax = Long.MAX_VALUE;
        }
        boolean ascending = increment > 0;
        long min = ascending ? 1 : typeMin;
        long max = ascending ? typeMax : -1;
        return new SequenceOptions(ascending ? min : max, 1, min, max, 1, false);
    }

    static SequenceOptions of(SequenceQuery.Row row) {
        return new SequenceOptions(row.start(), row.increment(), row.min(), row.max(), row.cache(), row.cycle());
    }

    /** The options that differ from {@code defaults}, the others unset; null when none differs. */
    IdentityOptions unlessDefault(SequenceOptions defaults) {
        var options = new IdentityOptions(differing(start, defaults.start), differing(increment, defaults.increment),
                differing(min, defaults.min), differing(max, defaults.max), differing(cache, defaults.cache), cycle);
        return options.none() ? null : options;
    }

    private static Long differing(long value, long defaultValue) {
        return value == defaultValue ? null : value;
    }
}
