package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/** {@code extension pgcrypto}. */
public record Extension(String name, Span span) implements Declaration {
    @Override
    public String kind() {
        return "extension";
    }
}
