package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * How to convert a column's data when its type changes: {@code using (expr) reverse (expr)}, or
 * {@code using (expr) irreversible} to accept that the way back loses data. Either expression may be null: a null
 * {@code using} means PostgreSQL's implicit cast. Applies only when the type actually differs from the previous
 * plan's; otherwise it is ignored. {@code offline} ({@code using offline} among the column's options) asks for the change's
 * single-statement form inside the plan's transaction instead of its online form (docs/plans.md, "Forcing the
 * offline form").
 */
public record TypeChange(String using, String reverse, boolean irreversible, boolean offline, Span span) {

    /** A conversion that leaves the choice of form to the planner. */
    public TypeChange(String using, String reverse, boolean irreversible, Span span) {
        this(using, reverse, irreversible, false, span);
    }

    /** The same conversion, its offline form asked for. */
    public TypeChange offlineForm() {
        return new TypeChange(using, reverse, irreversible, true, span);
    }
}
