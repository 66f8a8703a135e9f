package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * {@code enable row level security} or {@code force row level security} in a table: row-level security on, or
 * applied to the table's owner too. The two are independent, as in PostgreSQL (forcing does nothing while
 * row-level security is off).
 */
public record RowSecurity(Setting setting, Span span) {

    public enum Setting {
        ENABLE, FORCE;

        public String sql() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
