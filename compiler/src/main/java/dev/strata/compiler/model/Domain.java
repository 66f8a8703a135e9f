package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** {@code domain email text not null check (value ~ '@')}. {@code defaultExpr} is verbatim SQL or null. */
public record Domain(String name, TypeRef baseType, boolean notNull, String defaultExpr, List<Check> checks,
                     String comment, Span span) implements Declaration {

    public Domain {
        checks = List.copyOf(checks);
    }

    @Override
    public String kind() {
        return "domain";
    }
}
