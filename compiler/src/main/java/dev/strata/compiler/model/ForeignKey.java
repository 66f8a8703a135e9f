package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code foreign key (a, b) references other (x, y) on delete cascade on update restrict deferrable initially
 * deferred not valid}. {@code refColumns} empty means the referenced table's primary key; {@code name} null means
 * {@code table_a_b_fkey}; {@code notValid} means PostgreSQL has not checked the rows already there; {@code
 * matchFull} is {@code match full} (a row's key columns are all null or all set), false PostgreSQL's default,
 * {@code match simple} (any null column lets the row pass). {@code comment} is its {@code comment 'TEXT'} (COMMENT
 * ON CONSTRAINT), null when it has none.
 */
public record ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                         Action onDelete, Action onUpdate, boolean deferrable, boolean initiallyDeferred,
                         boolean notValid, boolean matchFull, String comment, Span span) {

    public ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    /** A foreign key without a comment. */
    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                      Action onDelete, Action onUpdate, boolean deferrable, boolean initiallyDeferred,
                      boolean notValid, boolean matchFull, Span span) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, notValid,
                matchFull, null, span);
    }

    /** A validated foreign key, {@code match simple}. */
    public ForeignKey(String name, List<String> columns, String refTable, List<String> refColumns,
                      Action onDelete, Action onUpdate, boolean deferrable, boolean initiallyDeferred, Span span) {
        this(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred, false, false,
                span);
    }

    public ForeignKey withNotValid(boolean value) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                value, matchFull, comment, span);
    }

    /** The same foreign key with this comment (null for none). */
    public ForeignKey withComment(String text) {
        return new ForeignKey(name, columns, refTable, refColumns, onDelete, onUpdate, deferrable, initiallyDeferred,
                notValid, matchFull, text, span);
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
