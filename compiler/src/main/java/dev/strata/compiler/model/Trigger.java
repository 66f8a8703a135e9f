package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code trigger touch before insert or update of a, b for each row when (expr) execute set_updated_at()}.
 * {@code function} names a core function that {@code returns trigger}; {@code arguments} are verbatim literals.
 */
public record Trigger(String name, Timing timing, List<Event> events, List<String> updateColumns,
                      boolean forEachRow, String when, String function, List<String> arguments, Span span) {

    public Trigger {
        events = List.copyOf(events);
        updateColumns = List.copyOf(updateColumns);
        arguments = List.copyOf(arguments);
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
