package dev.strata.compiler.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        for (Token token : tokens(sql)) {
            if (token.word() || token.text().equals("*")) {
                words.add(token.text());
            }
        }
        return words;
    }

    /**
     * The routines a piece of SQL calls: each identifier followed by an opening parenthesis, as {@code name}, or
     * as {@code schema.name} when it is qualified. A name that is only mentioned ({@code from core.sample}) is no
     * call: a table may share its name with a facade's function.
     */
    static Set<String> calls(String sql) {
        var calls = new HashSet<String>();
        List<Token> tokens = tokens(sql);
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token name = tokens.get(i);
            if (!name.word() || !tokens.get(i + 1).text().equals("(")) {
                continue;
            }
            boolean qualified = i >= 2 && tokens.get(i - 1).text().equals(".") && tokens.get(i - 2).word();
            calls.add(qualified ? tokens.get(i - 2).text() + "." + name.text() : name.text());
        }
        return calls;
    }

    /** An identifier (unquoted ones folded to lower case, quoted ones as written), or one other character. */
    private record Token(String text, boolean word) {
    }

    /** The tokens of a piece of SQL; string literals, comments and white space are left out. */
    private static List<Token> tokens(String sql) {
        var tokens = new ArrayList<Token>();
        if (sql == null) {
            return tokens;
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
                tokens.add(new Token(word.toString(), true));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i + 1;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_'
                        || sql.charAt(j) == '$')) {
                    j++;
                }
                tokens.add(new Token(sql.substring(i, j).toLowerCase(java.util.Locale.ROOT), true));
                i = j;
            } else {
                if (!Character.isWhitespace(c)) {
                    tokens.add(new Token(String.valueOf(c), false));
                }
                i++;
            }
        }
        return tokens;
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
