package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code unique (a, b) nulls not distinct deferrable initially deferred}; {@code name} null means
 * {@code table_a_b_key}. Deferral as for {@link PrimaryKey}: PostgreSQL lets no foreign key reference a deferrable
 * unique constraint. {@code comment} is its {@code comment 'TEXT'} (COMMENT ON CONSTRAINT), null when it has none.
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, boolean deferrable,
                               boolean initiallyDeferred, String comment, Span span) {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    /** A unique constraint without a comment. */
    public UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, boolean deferrable,
                            boolean initiallyDeferred, Span span) {
        this(name, columns, nullsNotDistinct, deferrable, initiallyDeferred, null, span);
    }

    /** The same constraint with this comment (null for none). */
    public UniqueConstraint withComment(String text) {
        return new UniqueConstraint(name, columns, nullsNotDistinct, deferrable, initiallyDeferred, text, span);
    }

    /** A unique constraint that is not deferrable. */
    public UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, Span span) {
        this(name, columns, nullsNotDistinct, false, false, span);
    }
}
