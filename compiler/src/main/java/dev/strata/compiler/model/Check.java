package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A check constraint: {@code name} is null when the source gave none; {@code column} is the column it was written
 * on (null for a table-level check), which decides PostgreSQL's default name; {@code expression} is the verbatim
 * SQL between the outer parentheses.
 */
public record Check(String name, String column, String expression, Span span) {
}
