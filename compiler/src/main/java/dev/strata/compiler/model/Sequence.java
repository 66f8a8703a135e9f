package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * {@code sequence invoice_number as bigint start 1000 increment 1 minvalue 1 maxvalue 99999 cache 1 cycle}.
 * Unset options are null and mean PostgreSQL's default.
 */
public record Sequence(String name, TypeRef type, Long start, Long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle, String ownedBy, Span span) implements Declaration {
    @Override
    public String kind() {
        return "sequence";
    }
}
