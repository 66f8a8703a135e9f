package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * How to convert a column's data when its type changes: {@code using (expr) reverse (expr)}, or
 * {@code using (expr) irreversible} to accept that the way back loses data. Either expression may be null: a null
 * {@code using} means PostgreSQL's implicit cast. Applies only when the type actually differs from the previous
 * plan's; otherwise it is ignored.
 */
public record TypeChange(String using, String reverse, boolean irreversible, Span span) {
}
