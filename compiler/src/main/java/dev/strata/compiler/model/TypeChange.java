package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * How to convert a column's data when its type changes: {@code using (expr) reverse (expr)}, or
 * {@code using (expr) irreversible} to accept that the way back loses data. Either expression may be null: a null
 * {@code using} means PostgreSQL's implicit cast. Applies only when the type actually differs from the previous
 * plan's; otherwise it is ignored. {@code offline} ({@code using offline} among the column's options) asks for the change's
 * single-statement form inside the plan's transaction instead of its online form (docs/plans.md, "Forcing the
 * offline form").
 *
 * <p>{@code expands} ({@code expands old_column} among the column's options) names the column of the same table this
 * one is an expansion of: while both are there, Strata keeps them in step on every write (docs/plans.md, "Expanding a
 * column across releases"), {@code using} giving this column's value from the row (the old column's by default, cast
 * to this column's type) and {@code reverse} the old column's value from the row (this one's, cast back). Null for
 * a column that expands nothing.
 */
public record TypeChange(String using, String reverse, boolean irreversible, boolean offline, String expands,
                         Span span) {

    /** A conversion that expands no column. */
    public TypeChange(String using, String reverse, boolean irreversible, boolean offline, Span span) {
        this(using, reverse, irreversible, offline, null, span);
    }

    /** A conversion that leaves the choice of form to the planner. */
    public TypeChange(String using, String reverse, boolean irreversible, Span span) {
        this(using, reverse, irreversible, false, null, span);
    }

    /** The same conversion, its offline form asked for. */
    public TypeChange offlineForm() {
        return new TypeChange(using, reverse, irreversible, true, expands, span);
    }

    /** The same conversion for a column that expands {@code column}. */
    public TypeChange expanding(String column) {
        return new TypeChange(using, reverse, irreversible, offline, column, span);
    }
}
