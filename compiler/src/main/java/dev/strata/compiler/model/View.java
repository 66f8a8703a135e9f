package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code view customers (id bigint not null, email text) key (id) as $$ select … $$}, or a
 * {@code materialized view}. The declared columns are the interface; {@code body} is the verbatim query;
 * {@code keys} are column lists the view promises are unique (used for generated lookups).
 */
public record View(String name, boolean materialized, List<ViewColumn> columns, List<List<String>> keys,
                   String body, String comment, Span span) implements Declaration {

    public View {
        columns = List.copyOf(columns);
        keys = keys.stream().map(List::copyOf).toList();
    }

    @Override
    public String kind() {
        return materialized ? "materialized view" : "view";
    }
}
