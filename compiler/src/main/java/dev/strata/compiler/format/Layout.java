package dev.strata.compiler.format;

/** Shared measures of the canonical layout. */
final class Layout {

    /** Lines longer than this are broken where the layout allows (view columns, parameters, enum labels). */
    static final int MAX_WIDTH = 100;

    private Layout() {
    }

    /** Whether the first line of {@code text}, indented {@code depth} levels, fits in {@link #MAX_WIDTH}. */
    static boolean fits(int depth, String text) {
        int newline = text.indexOf('\n');
        int length = newline < 0 ? text.length() : newline;
        return depth * 2 + length <= MAX_WIDTH;
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
