package dev.strata.compiler.diag;

/** A secondary location of a diagnostic, for example "the released declaration is here". */
public record Note(Span span, String message) {
}
