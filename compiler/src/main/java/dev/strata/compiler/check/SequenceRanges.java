package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Sequence;
import dev.strata.compiler.model.TypeNames;

/**
 * The numbers of a sequence fit together the way PostgreSQL demands: a non-zero increment, bounds within the
 * sequence's type with {@code minvalue < maxvalue}, a start between them, a cache of at least 1. Unset options
 * take PostgreSQL's defaults, which depend on the direction of the increment. The same holds for the options of an
 * identity column's sequence, whose type is the column's.
 */
public final class SequenceRanges implements SchemaRule {

    public static final String CODE = Code.SEQUENCE_RANGE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var sequence : model.core().sequences()) {
            var problem = problem(sequence);
            if (problem != null) {
                diagnostics.error(CODE, sequence.span(), "sequence '" + sequence.name() + "': " + problem,
                        "adjust the options (unset ones take PostgreSQL's defaults), or drop the ones not needed");
            }
        }
        for (var table : model.core().tables()) {
            for (var column : table.columns()) {
                if (column.identityOptions() == null) {
                    continue;
                }
                var problem = problem(column.identityOptions().asSequence(column.name(), column.type(), column.span()));
                if (problem != null) {
                    diagnostics.error(CODE, column.span(), "the identity of column '" + column.name() + "' on table '"
                            + table.name() + "': " + problem, "adjust the options (unset ones take PostgreSQL's"
                            + " defaults, for the column's type), or drop the ones not needed");
                }
            }
        }
    }

    /** The first problem PostgreSQL would report, in its order, or null. */
    private static String problem(Sequence sequence) {
        if (sequence.type() != null && !SequenceTypes.isInteger(sequence.type().name())) {
            return null;
        }
        var type = sequence.type() == null ? "bigint" : TypeNames.canonicalName(sequence.type().name());
        long typeMin = typeMin(type);
        long typeMax = -(typeMin + 1);
        long increment = sequence.increment() == null ? 1 : sequence.increment();
        if (increment == 0) {
            return "increment must not be zero";
        }
        long max = sequence.maxValue() != null ? sequence.maxValue() : increment > 0 ? typeMax : -1;
        long min = sequence.minValue() != null ? sequence.minValue() : increment > 0 ? 1 : typeMin;
        if (max < typeMin || max > typeMax) {
            return "maxvalue " + max + " is out of range for " + type;
        }
        if (min < typeMin || min > typeMax) {
            return "minvalue " + min + " is out of range for " + type;
        }
        if (min >= max) {
            return "minvalue " + min + " must be less than maxvalue " + max;
        }
        long start = sequence.start() != null ? sequence.start() : increment > 0 ? min : max;
        if (start < min) {
            return "start " + start + " is less than minvalue " + min;
        }
        if (start > max) {
            return "start " + start + " is greater than maxvalue " + max;
        }
        if (sequence.cache() != null && sequence.cache() < 1) {
            return "cache must be at least 1, not " + sequence.cache();
        }
        return null;
    }

    private static long typeMin(String type) {
        return switch (type) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }
}
