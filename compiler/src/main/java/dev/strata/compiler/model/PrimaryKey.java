package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code primary key (a, b) deferrable initially deferred}; {@code name} null means PostgreSQL's default,
 * {@code table_pkey}. A deferrable key is checked at the end of each statement, or at commit when it is initially
 * deferred (or set so); PostgreSQL lets no foreign key reference it. {@code comment} is its {@code comment 'TEXT'}
 * (COMMENT ON CONSTRAINT), null when it has none.
 */
public record PrimaryKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                         String comment, Span span) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** A key without a comment. */
    public PrimaryKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred, Span span) {
        this(name, columns, deferrable, initiallyDeferred, null, span);
    }

    /** The same key with this comment (null for none). */
    public PrimaryKey withComment(String text) {
        return new PrimaryKey(name, columns, deferrable, initiallyDeferred, text, span);
    }

    /** A key that is not deferrable. */
    public PrimaryKey(String name, List<String> columns, Span span) {
        this(name, columns, false, false, span);
    }
}
