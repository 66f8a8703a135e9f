package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Span;
import java.util.HashMap;
import java.util.Map;

/**
 * The options written on one node (a column, a sequence, a routine…), grouped by what they decide. The first
 * option of a group wins; a repeat is reported as a duplicate, a different option of the same group (for example
 * {@code not null} and {@code null}) as a conflict.
 */
final class Options {

    private static final Map<String, String> CONFLICT_HINTS = Map.of(
            "value", "a column gets its value from one of 'default', an identity or a generated expression; keep one",
            "nullability", "'not null' and 'null' contradict each other; keep one",
            "volatility", "a routine is either immutable, stable or volatile; keep one",
            "security", "a routine runs either as its definer or as its invoker; keep one",
            "deferrable", "keep either 'deferrable' or 'not deferrable'",
            "initially", "keep either 'initially deferred' or 'initially immediate'",
            "match", "keep either 'match full' or 'match simple'",
            "conversion", "write one conversion: 'using (…)' with 'reverse (…)' or 'irreversible'",
            "cycle", "keep either 'cycle' or 'no cycle'",
            "expands", "a column expands one other column; keep one 'expands'");

    private final Issues issues;
    private final String owner;
    private final Map<String, Given> given = new HashMap<>();

    /** {@code owner} names the node in messages, for example {@code column 'email'}. */
    Options(Issues issues, String owner) {
        this.issues = issues;
        this.owner = owner;
    }

    /** Whether this option is the first of its group; reports it otherwise. */
    boolean accept(String group, String option, Span span) {
        var first = given.get(group);
        if (first == null) {
            given.put(group, new Given(option, span));
            return true;
        }
        if (first.option.equals(option)) {
            issues.error(SyntaxCode.DUPLICATE_OPTION, span, owner + " has '" + option + "' twice",
                    "remove one of them", first.span, "'" + option + "' is first given here");
            return false;
        }
        issues.error(SyntaxCode.CONFLICTING_OPTIONS, span,
                owner + " has both '" + first.option + "' and '" + option + "'",
                CONFLICT_HINTS.getOrDefault(group, "keep one of them"), first.span,
                "'" + first.option + "' is given here");
        return false;
    }

    /** Reports two options that cannot go together although they decide different things. */
    void conflict(String first, Span firstSpan, String second, Span secondSpan, String hint) {
        var message = owner + " has both '" + first + "' and '" + second + "'";
        issues.error(SyntaxCode.CONFLICTING_OPTIONS, secondSpan, message, hint, firstSpan,
                "'" + first + "' is given here");
    }

    /** The option already accepted for a group, or null. */
    String optionOf(String group) {
        var first = given.get(group);
        return first == null ? null : first.option;
    }

    Span spanOf(String group) {
        return given.get(group).span;
    }

    private record Given(String option, Span span) {
    }
}
