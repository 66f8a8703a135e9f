package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Index.IndexElement;
import java.util.List;

/**
 * {@code exclude using gist (room with =, during with &&) include (note) where (not cancelled) deferrable}: no two
 * rows may have every key satisfy its operator together. {@code name} null means PostgreSQL's
 * {@code table_room_during_excl}; {@code method} null means btree; {@code where} is verbatim SQL or null. PostgreSQL
 * enforces it with an index of the same name, built when the constraint is added. {@code comment} is its
 * {@code comment 'TEXT'} (COMMENT ON CONSTRAINT, not on the index), null when it has none.
 */
public record Exclusion(String name, String method, List<Element> elements, List<String> include, String where,
                        boolean deferrable, boolean initiallyDeferred, String comment, Span span) {

    public Exclusion {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
    }

    /** An exclusion constraint without a comment. */
    public Exclusion(String name, String method, List<Element> elements, List<String> include, String where,
                     boolean deferrable, boolean initiallyDeferred, Span span) {
        this(name, method, elements, include, where, deferrable, initiallyDeferred, null, span);
    }

    /** The same constraint with this comment (null for none). */
    public Exclusion withComment(String text) {
        return new Exclusion(name, method, elements, include, where, deferrable, initiallyDeferred, text, span);
    }

    /** One key of the constraint's index (a column or an expression, with its operator class) and its operator. */
    public record Element(IndexElement key, String operator) {
    }
}
