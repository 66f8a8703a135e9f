package dev.strata.compiler.model;

import java.util.List;

/** One parsed {@code .strata} file: its blocks in source order and its comments. */
public record SourceUnit(String file, List<Block> blocks, List<SourceComment> comments) {
    public SourceUnit {
        blocks = List.copyOf(blocks);
        comments = List.copyOf(comments);
    }
}
