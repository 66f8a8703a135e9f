package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * The options of an identity column's sequence, {@code generated always as identity (start 1000 increment 10)}:
 * the numbers a sequence declares, without its type (the column's) or owner (the column). Unset options are null
 * and mean PostgreSQL's default, as for a {@link Sequence}.
 */
public record IdentityOptions(Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycle) {

    /** Whether every option is PostgreSQL's default ({@code (no cycle)} says no more than nothing). */
    public boolean none() {
        return start == null && increment == null && minValue == null && maxValue == null && cache == null && !cycle;
    }

    /** These options as those of a sequence {@code name} of the column's type, for what sequences and these share. */
    public Sequence asSequence(String name, TypeRef type, Span span) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, null, span);
    }

    /** The numbers of {@code sequence}, its type and owner left out. */
    public static IdentityOptions of(Sequence sequence) {
        return new IdentityOptions(sequence.start(), sequence.increment(), sequence.minValue(), sequence.maxValue(),
                sequence.cache(), sequence.cycle());
    }
}
