package dev.strata.compiler.plan;

import java.util.HashSet;
import java.util.Set;

/**
 * The identifiers of a piece of verbatim SQL, found lexically: unquoted words folded to lower case, quoted
 * identifiers as written, string literals and comments skipped. The compiler does not parse SQL bodies; this is
 * enough to find which core tables and columns a body mentions, erring on the side of seeing too much.
 */
final class BodyScanner {

    /** The identifiers, plus {@code "*"} when the text has a star (select *, t.*), which reads every column. */
    static Set<String> identifiers(String sql) {
        var words = new HashSet<String>();
        if (sql == null) {
            return words;
        }
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = skipString(sql, i);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"') {
                int j = i + 1;
                var word = new StringBuilder();
                while (j < n) {
                    if (sql.charAt(j) == '"') {
                        if (j + 1 < n && sql.charAt(j + 1) == '"') {
                            word.append('"');
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    word.append(sql.charAt(j++));
                }
                words.add(word.toString());
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                words.add(sql.substring(i, j).toLowerCase(java.util.Locale.ROOT));
                i = j;
            } else {
                if (c == '*') {
                    words.add("*");
                }
                i++;
            }
        }
        return words;
    }

    private static int skipString(String sql, int start) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    /** The string literals of a piece of SQL, unescaped; used to see whether a new enum label is used. */
    static Set<String> literals(String sql) {
        var literals = new HashSet<String>();
        if (sql == null) {
            return literals;
        }
        int i = 0;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                int end = skipString(sql, i);
                String body = sql.substring(i + 1, Math.max(i + 1, end - 1));
                literals.add(body.replace("''", "'"));
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    private BodyScanner() {
    }
}
