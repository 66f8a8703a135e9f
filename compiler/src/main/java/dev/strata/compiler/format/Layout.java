package dev.strata.compiler.format;

/** Shared measures of the canonical layout. */
final class Layout {

    /** Lines longer than this are broken where the layout allows (view columns, parameters, enum labels). */
    static final int MAX_WIDTH = 100;

    private Layout() {
    }

    /** Whether a line, indented {@code depth} levels, fits in {@link #MAX_WIDTH}. */
    static boolean fits(int depth, String line) {
        return depth * 2 + width(line) <= MAX_WIDTH;
    }

    /** Width of a text in characters as a reader counts them (code points). */
    static int width(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** Appends spaces until the line is {@code column} characters wide. */
    static void pad(StringBuilder line, int column) {
        for (int missing = column - width(line); missing > 0; missing--) {
            line.append(' ');
        }
    }
}
