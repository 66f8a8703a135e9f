package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * {@code sequence invoice_number as bigint start 1000 increment 1 minvalue 1 maxvalue 99999 cache 1 cycle}.
 * Unset options are null and mean PostgreSQL's default. {@code comment} is its {@code comment 'TEXT'} (COMMENT ON
 * SEQUENCE), null when it has none.
 */
public record Sequence(String name, TypeRef type, Long start, Long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle, String ownedBy, String comment, Span span) implements Declaration {

    /** A sequence without a comment. */
    public Sequence(String name, TypeRef type, Long start, Long increment, Long minValue, Long maxValue,
                    Long cache, boolean cycle, String ownedBy, Span span) {
        this(name, type, start, increment, minValue, maxValue, cache, cycle, ownedBy, null, span);
    }

    /** The same sequence with this comment (null for none). */
    public Sequence withComment(String text) {
        return new Sequence(name, type, start, increment, minValue, maxValue, cache, cycle, ownedBy, text, span);
    }
    @Override
    public String kind() {
        return "sequence";
    }
}
