package dev.strata.compiler.format;

import java.util.List;

/**
 * Finds the comments inside verbatim SQL (a check expression, a default, an index predicate). The parser reports
 * them as comments of the file like any other, but they are part of the SQL text the model keeps, so the printer
 * writes them there and must not write them a second time. Reads the SQL as the Strata lexer does: string
 * literals, E-strings, quoted names and $$ bodies hide comment markers.
 */
final class EmbeddedComments {

    private EmbeddedComments() {
    }

    /** Adds the text of every comment in {@code sql}, in order, to {@code found}. */
    static void collect(String sql, List<String> found) {
        if (sql == null || (sql.indexOf("--") < 0 && sql.indexOf("/*") < 0)) {
            return;
        }
        int i = 0;
        int length = sql.length();
        while (i < length) {
            char c = sql.charAt(i);
            if (sql.startsWith("--", i)) {
                int end = i;
                while (end < length && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
                    end++;
                }
                found.add(sql.substring(i, end));
                i = end;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                int end = close < 0 ? length : close + 2;
                found.add(sql.substring(i, end));
                i = end;
            } else if (c == '\'') {
                i = afterQuoted(sql, i, '\'', false);
            } else if ((c == 'E' || c == 'e') && i + 1 < length && sql.charAt(i + 1) == '\'') {
                i = afterQuoted(sql, i + 1, '\'', true);
            } else if (c == '"') {
                i = afterQuoted(sql, i, '"', false);
            } else if (sql.startsWith("$$", i)) {
                int close = sql.indexOf("$$", i + 2);
                i = close < 0 ? length : close + 2;
            } else if (isWordPart(c)) {
                while (i < length && isWordPart(sql.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
    }

    /** The index just past the quoted text opening at {@code open}; a doubled quote stays inside. */
    private static int afterQuoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static boolean isWordPart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || (c > 0x7F && c != '\u00A0' && c != '\uFEFF');
    }
}
