package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;

/**
 * A {@code --} or {@code /* *}{@code /} comment in a source file, kept only so the formatter can put it back next
 * to the node that follows it. {@code text} is the comment exactly as written, markers included.
 */
public record SourceComment(String text, Span span) {
}
