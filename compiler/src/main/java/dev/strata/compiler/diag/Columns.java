package dev.strata.compiler.diag;

/**
 * Display columns of a source line, so a caret lands under the character it points at: tabs advance to the next
 * tab stop, characters outside the Basic Multilingual Plane count once, combining marks take no room and East
 * Asian wide characters take two.
 */
final class Columns {

    private Columns() {
    }

    /** The display width of {@code line.substring(0, end)}. */
    static int width(String line, int end, int tabWidth) {
        int width = 0;
        int i = 0;
        while (i < end) {
            int cp = line.codePointAt(i);
            width = cp == '\t' ? (width / tabWidth + 1) * tabWidth : width + width(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The line with each tab replaced by the spaces up to the next tab stop. */
    static String expandTabs(String line, int tabWidth) {
        if (line.indexOf('\t') < 0) {
            return line;
        }
        var out = new StringBuilder();
        int width = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            if (cp == '\t') {
                int next = (width / tabWidth + 1) * tabWidth;
                out.append(" ".repeat(next - width));
                width = next;
            } else {
                out.appendCodePoint(cp);
                width += width(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** A part of a display line: the text, and how many columns were cut off on its left. */
    record Window(String text, int offset) {
    }

    /**
     * At most {@code max} display columns of an expanded line, chosen so that columns {@code from}..{@code to}
     * (the caret) are visible; cut ends are marked with an ellipsis, which takes one column.
     */
    static Window window(String shown, int from, int to, int max) {
        int total = width(shown, shown.length(), 1);
        if (total <= max) {
            return new Window(shown, 0);
        }
        int start = Math.max(0, Math.min(from - max / 3, total - max));
        int end = Math.min(total, start + max);
        var out = new StringBuilder(start > 0 ? "…" : "");
        int column = 0;
        int i = 0;
        while (i < shown.length() && column < end) {
            int cp = shown.codePointAt(i);
            if (column >= start) {
                out.appendCodePoint(cp);
            }
            column += width(cp);
            i += Character.charCount(cp);
        }
        if (end < total) {
            out.append('…');
        }
        return new Window(out.toString(), start - (start > 0 ? 1 : 0));
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200B) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
