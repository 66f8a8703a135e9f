package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * {@code facade shop_api version 2 { … }}: one version of a versioned API over the core, deployed in its own
 * schema ({@link #schemaName()}).
 */
public record Facade(String name, int version, List<View> views, List<Routine> routines, List<Grant> grants,
                     Span span) implements Block {

    public Facade {
        views = List.copyOf(views);
        routines = List.copyOf(routines);
        grants = List.copyOf(grants);
    }

    /** The PostgreSQL schema of this version: {@code shop_api_v2}. */
    public String schemaName() {
        return name + "_v" + version;
    }

    /** The facade and version in words, as used in messages: {@code shop_api v2}. */
    public String label() {
        return name + " v" + version;
    }
}
