package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** {@code primary key (a, b)}; {@code name} null means PostgreSQL's default, {@code table_pkey}. */
public record PrimaryKey(String name, List<String> columns, Span span) {
    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
