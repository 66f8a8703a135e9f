package dev.strata.compiler.diag;

/**
 * Where something was written: a file (as shown to the user), 1-based line and column of the first character,
 * 1-based line and column just past the last character, and the 0-based character offsets of the same range.
 *
 * <p>Spans never take part in equality: two model nodes are equal when they say the same thing, wherever they
 * were written. That is what lets the differ ignore moved declarations and the formatter round trip compare
 * models directly.
 */
public record Span(String file, int line, int column, int endLine, int endColumn, int start, int end) {

    /** A span for nodes built by code rather than parsed (generated schemas, introspection). */
    public static final Span NONE = new Span("<generated>", 0, 0, 0, 0, 0, 0);

    public static Span of(String file, int line, int column) {
        return new Span(file, line, column, line, column + 1, -1, -1);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** The smallest span covering both. Both must be in the same file. */
    public Span to(Span other) {
        return new Span(file, line, column, other.endLine, other.endColumn, start, other.end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Span;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
