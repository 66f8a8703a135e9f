package dev.strata.runtime.introspect;

import dev.strata.compiler.model.Model;
import java.util.List;

/**
 * The model read from a live database, everything that could not be expressed in it (sorted by kind and name),
 * and how many catalog queries it took.
 */
public record IntrospectionResult(Model model, List<Unsupported> unsupported, int catalogQueries) {

    public IntrospectionResult {
        unsupported = List.copyOf(unsupported);
    }
}
