package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code trigger touch before insert or update of a, b for each row when (expr) execute set_updated_at()}.
 * {@code function} names a core function that {@code returns trigger}; {@code arguments} are verbatim literals.
 * {@code comment} is its {@code comment 'TEXT'} (COMMENT ON TRIGGER), null when it has none.
 */
public record Trigger(String name, Timing timing, List<Event> events, List<String> updateColumns,
                      boolean forEachRow, String when, String function, List<String> arguments, String comment,
                      Span span) {

    public Trigger {
        events = List.copyOf(events);
        updateColumns = List.copyOf(updateColumns);
        arguments = List.copyOf(arguments);
    }

    /** A trigger without a comment. */
    public Trigger(String name, Timing timing, List<Event> events, List<String> updateColumns,
                   boolean forEachRow, String when, String function, List<String> arguments, Span span) {
        this(name, timing, events, updateColumns, forEachRow, when, function, arguments, null, span);
    }

    /** The same trigger with this comment (null for none). */
    public Trigger withComment(String text) {
        return new Trigger(name, timing, events, updateColumns, forEachRow, when, function, arguments, text, span);
    }

    public enum Timing {
        BEFORE("before"), AFTER("after"), INSTEAD_OF("instead of");

        private final String sql;

        Timing(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    public enum Event { INSERT, UPDATE, DELETE, TRUNCATE }
}
