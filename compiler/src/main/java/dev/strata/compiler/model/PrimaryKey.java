package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code primary key (a, b) deferrable initially deferred}; {@code name} null means PostgreSQL's default,
 * {@code table_pkey}. A deferrable key is checked at the end of each statement, or at commit when it is initially
 * deferred (or set so); PostgreSQL lets no foreign key reference it.
 */
public record PrimaryKey(String name, List<String> columns, boolean deferrable, boolean initiallyDeferred,
                         Span span) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }

    /** A key that is not deferrable. */
    public PrimaryKey(String name, List<String> columns, Span span) {
        this(name, columns, false, false, span);
    }
}
