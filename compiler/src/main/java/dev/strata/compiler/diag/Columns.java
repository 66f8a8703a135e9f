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
