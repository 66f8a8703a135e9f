package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code inherits (PARENT, …)}: the table is an inheritance child of {@code parents}, in the order written (the
 * order PostgreSQL merges their columns in). A child has every column of its parents, merged by name, and their
 * inheritable check constraints and not-null settings; it gets neither their keys, unique constraints, foreign
 * keys nor indexes. {@code inherited} names the columns the table has only from its parents (PostgreSQL's
 * {@code attislocal} false): {@link Core} adds them to the table's columns, after which the others are the
 * table's own (declared in the child; one its parent has too is merged with the parent's, as PostgreSQL does).
 */
public record Inherits(List<String> parents, List<String> inherited, Span span) {

    public Inherits {
        parents = List.copyOf(parents);
        inherited = List.copyOf(inherited);
    }

    /** As written: the parents, no inherited column known yet. */
    public Inherits(List<String> parents, Span span) {
        this(parents, List.of(), span);
    }
}
