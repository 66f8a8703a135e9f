package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** {@code unique (a, b) nulls not distinct}; {@code name} null means {@code table_a_b_key}. */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, Span span) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
