package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code foreign key (a, b) references other (x, y) on delete cascade on update restrict deferrable initially
 * deferred}. {@code refColumns} empty means the referenced table's primary key; {@code name} null means
 * {@code table_a_b_fkey}.
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate, boolean deferrable, boolean initiallyDeferred,
                         Span span) {

    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    public enum Action {
        NO_ACTION("no action"),
        RESTRICT("restrict"),
        CASCADE("cascade"),
        SET_NULL("set null"),
        SET_DEFAULT("set default");

        private final String sql;

        Action(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }
}
