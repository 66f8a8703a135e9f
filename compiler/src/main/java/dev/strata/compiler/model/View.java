package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code view customers (id bigint not null, email text) key (id) as $$ select … $$}, or a
 * {@code materialized view}. The declared columns are the interface; {@code body} is the verbatim query;
 * {@code keys} are column lists the view promises are unique (used for generated lookups). {@code indexes} (of a
 * materialized view) and {@code triggers} (INSTEAD OF, of a view) are written in braces after the body.
 */
public record View(String name, boolean materialized, List<ViewColumn> columns, List<List<String>> keys,
                   String body, String comment, List<Index> indexes, List<Trigger> triggers, Span span)
        implements Declaration {

    public View {
        columns = List.copyOf(columns);
        keys = keys.stream().map(List::copyOf).toList();
        indexes = List.copyOf(indexes);
        triggers = List.copyOf(triggers);
    }

    /** A view without indexes or triggers. */
    public View(String name, boolean materialized, List<ViewColumn> columns, List<List<String>> keys, String body,
                String comment, Span span) {
        this(name, materialized, columns, keys, body, comment, List.of(), List.of(), span);
    }

    /** The same view with other indexes and triggers. */
    public View withParts(List<Index> indexes, List<Trigger> triggers) {
        return new View(name, materialized, columns, keys, body, comment, indexes, triggers, span);
    }

    @Override
    public String kind() {
        return materialized ? "materialized view" : "view";
    }
}
