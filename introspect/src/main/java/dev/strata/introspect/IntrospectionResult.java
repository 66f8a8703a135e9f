package dev.strata.introspect;

import dev.strata.compiler.model.Model;
import java.util.List;

/**
 * The model read from a live database, everything that could not be expressed in it (sorted by kind and name),
 * which of the requested schemas exist, and how many catalog queries it took.
 */
public record IntrospectionResult(Model model, List<Unsupported> unsupported, List<String> schemasFound,
                                  int catalogQueries) {

    public IntrospectionResult {
        unsupported = List.copyOf(unsupported);
        schemasFound = List.copyOf(schemasFound);
    }

    /** Whether the core schema exists: a plan into a database without it must create it. */
    public boolean hasSchema(String schema) {
        return schemasFound.contains(schema);
    }
}
