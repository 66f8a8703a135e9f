package dev.strata.compiler.project;

import dev.strata.compiler.diag.Span;

/** Spans for loading problems that concern a whole file or directory rather than a place in it. */
final class FileSpan {

    private FileSpan() {
    }

    /** No line or column (all 0): the renderer shows just the path. */
    static Span of(String path) {
        return new Span(path, 0, 0, 0, 0, -1, -1);
    }
}
