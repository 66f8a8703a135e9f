package dev.strata.introspect;

/**
 * Cuts the pieces Strata keeps verbatim out of SQL that PostgreSQL deparsed ({@code pg_get_constraintdef},
 * {@code pg_get_triggerdef}, {@code pg_get_expr}). Scanning skips string literals and quoted identifiers, so a
 * parenthesis or key word inside them never counts.
 */
final class DeparsedSql {

    private DeparsedSql() {
    }

    /**
     * The expression without the parentheses PostgreSQL wraps around it: {@code ((a > 0))} becomes {@code a > 0},
     * while {@code (a > 0) AND (b > 0)} stays as it is because its first parenthesis closes early.
     */
    static String unwrap(String expression) {
        String text = expression.strip();
        while (text.startsWith("(") && closingParen(text, 0) == text.length() - 1) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** {@code CHECK ((a > 0)) NOT VALID} → {@code a > 0}. */
    static String checkExpression(String constraintDef) {
        int open = constraintDef.indexOf('(');
        if (!constraintDef.startsWith("CHECK") || open < 0) {
            throw new IllegalArgumentException("not a check constraint: " + constraintDef);
        }
        int close = closingParen(constraintDef, open);
        return unwrap(constraintDef.substring(open + 1, close));
    }

    /** The condition of {@code … WHEN ((old.a IS DISTINCT FROM new.a)) EXECUTE …}, unwrapped; null without one. */
    static String triggerWhen(String triggerDef) {
        int at = keywordOutsideQuotes(triggerDef, " WHEN (");
        if (at < 0) {
            return null;
        }
        int open = at + " WHEN ".length();
        return unwrap(triggerDef.substring(open + 1, closingParen(triggerDef, open)));
    }

    /** Index of the parenthesis that closes the one at {@code open}, or -1 when it never closes. */
    static int closingParen(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(text, i, c);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int keywordOutsideQuotes(String text, String keyword) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                i = endOfQuoted(text, i, c);
            } else if (text.startsWith(keyword, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote ending the literal or identifier that starts at {@code start}; doubled ones stay in. */
    private static int endOfQuoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return text.length() - 1;
    }
}
