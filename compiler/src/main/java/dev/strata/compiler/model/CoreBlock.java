package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/** One {@code core { … }} block with its declarations in source order. */
public record CoreBlock(List<Declaration> declarations, Span span) implements Block {
    public CoreBlock {
        declarations = List.copyOf(declarations);
    }
}
