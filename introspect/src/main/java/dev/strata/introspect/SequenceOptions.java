package dev.strata.introspect;

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

    /** The options that differ from the defaults of their type, in words; empty when none does. */
    String differences(SequenceOptions defaults) {
        var text = new StringBuilder();
        append(text, "start", start, defaults.start);
        append(text, "increment", increment, defaults.increment);
        append(text, "minvalue", min, defaults.min);
        append(text, "maxvalue", max, defaults.max);
        append(text, "cache", cache, defaults.cache);
        if (cycle) {
            text.append(text.length() == 0 ? "" : ", ").append("cycle");
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String option, long value, long defaultValue) {
        if (value != defaultValue) {
            text.append(text.length() == 0 ? "" : ", ").append(option).append(' ').append(value);
        }
    }
}
