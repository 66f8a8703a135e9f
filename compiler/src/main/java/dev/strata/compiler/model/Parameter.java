package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A function or procedure parameter: {@code [in|out|inout|variadic] name type [default expr]}. {@code name} is null
 * for a parameter without a name (written {@code $N}, its position, which the body uses).
 */
public record Parameter(String name, Mode mode, TypeRef type, String defaultExpr, Span span) {

    public enum Mode { IN, OUT, INOUT, VARIADIC }
}
