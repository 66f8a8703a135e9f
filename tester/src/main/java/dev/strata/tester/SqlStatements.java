package dev.strata.tester;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons, aware of quoted strings, quoted identifiers,
 * dollar quoting and comments, and remembers the line each statement starts on (for {@code file:line} messages).
 */
final class SqlStatements {

    record Statement(String sql, int line) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String script) {
        var statements = new ArrayList<Statement>();
        var current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        while (i < script.length()) {
            char c = script.charAt(i);
            int end = i + 1;
            if (c == '-' && script.startsWith("--", i)) {
                end = indexOrEnd(script, "\n", i);
            } else if (c == '/' && script.startsWith("/*", i)) {
                end = indexOrEnd(script, "*/", i + 2) + 2;
            } else if (c == '\'' || c == '"') {
                end = closingQuote(script, i, c);
            } else if (c == '$') {
                String tag = dollarTag(script, i);
                if (tag != null) {
                    end = indexOrEnd(script, tag, i + tag.length()) + tag.length();
                }
            }
            end = Math.min(end, script.length());
            String piece = script.substring(i, end);
            if (c == ';') {
                add(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
            } else {
                boolean comment = piece.startsWith("--") || piece.startsWith("/*");
                if (startLine < 0 && !comment && !Character.isWhitespace(c)) {
                    startLine = line;
                }
                if (startLine >= 0) {
                    current.append(piece);
                }
            }
            line += (int) piece.chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        add(statements, current, startLine);
        return statements;
    }

    private static void add(List<Statement> statements, StringBuilder text, int line) {
        String sql = text.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(new Statement(sql, line));
        }
    }

    private static int indexOrEnd(String s, String what, int from) {
        int at = s.indexOf(what, from);
        return at < 0 ? s.length() : at;
    }

    private static int closingQuote(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null when the dollar sign is something else. */
    private static String dollarTag(String s, int i) {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
            j++;
        }
        if (j < s.length() && s.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
            return s.substring(i, j + 1);
        }
        return null;
    }
}
