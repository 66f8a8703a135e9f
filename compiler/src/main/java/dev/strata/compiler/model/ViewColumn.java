package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A declared view column: its interface type, whether the view promises it is never null, and an optional
 * verbatim default that writes through the view receive ({@code ALTER VIEW … ALTER COLUMN … SET DEFAULT}).
 */
public record ViewColumn(String name, TypeRef type, boolean notNull, String defaultExpr, Span span) {
}
