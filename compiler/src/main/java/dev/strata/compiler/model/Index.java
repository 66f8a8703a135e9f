package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code unique index name using btree (a, lower(b) desc nulls last) include (c) where (d is not null)}.
 * {@code method} null means btree; {@code name} null means PostgreSQL's default {@code table_a_b_idx};
 * {@code where} is verbatim SQL or null. {@code storage} holds its {@code with (…)} storage parameters, sorted by
 * name. {@code comment} is its {@code comment 'TEXT'} (COMMENT ON INDEX), null when it has none.
 */
public record Index(String name, boolean unique, String method, List<IndexElement> elements, List<String> include,
                    boolean nullsNotDistinct, List<StorageParameter> storage, String where, String comment,
                    Span span) {

    public Index {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
        storage = StorageParameter.sorted(storage);
    }

    /** An index without storage parameters. */
    public Index(String name, boolean unique, String method, List<IndexElement> elements, List<String> include,
                 boolean nullsNotDistinct, String where, Span span) {
        this(name, unique, method, elements, include, nullsNotDistinct, List.of(), where, null, span);
    }

    /** An index without a comment. */
    public Index(String name, boolean unique, String method, List<IndexElement> elements, List<String> include,
                 boolean nullsNotDistinct, List<StorageParameter> storage, String where, Span span) {
        this(name, unique, method, elements, include, nullsNotDistinct, storage, where, null, span);
    }

    /** The same index with these storage parameters. */
    public Index withStorage(List<StorageParameter> parameters) {
        return new Index(name, unique, method, elements, include, nullsNotDistinct, parameters, where, comment, span);
    }

    /** The same index under this name (null: PostgreSQL's default). */
    public Index withName(String indexName) {
        return new Index(indexName, unique, method, elements, include, nullsNotDistinct, storage, where, comment, span);
    }

    /** The same index with this comment (null for none). */
    public Index withComment(String text) {
        return new Index(name, unique, method, elements, include, nullsNotDistinct, storage, where, text, span);
    }

    /**
     * One key of an index: a column name or a verbatim expression (exactly one is non-null), with an optional
     * collation, operator class, direction and null ordering.
     */
    public record IndexElement(String column, String expression, String collation, String opclass,
                               Direction direction, Nulls nulls, Span span) {
    }

    public enum Direction { ASC, DESC }

    public enum Nulls { FIRST, LAST }
}
