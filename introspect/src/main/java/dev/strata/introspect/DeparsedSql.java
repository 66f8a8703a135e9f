package dev.strata.introspect;

import dev.strata.plan.sql.SqlLexer;

/**
 * Cuts the pieces Strata keeps verbatim out of SQL that PostgreSQL deparsed ({@code pg_get_constraintdef},
 * {@code pg_get_triggerdef}, {@code pg_get_expr}). The text is read with the one SQL lexer ({@link SqlLexer}), so a
 * parenthesis or key word inside a string literal or a quoted identifier never counts.
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
        int at = whenClause(triggerDef);
        if (at < 0) {
            return null;
        }
        int open = at + " WHEN ".length();
        return unwrap(triggerDef.substring(open + 1, closingParen(triggerDef, open)));
    }

    /** Index of the parenthesis that closes the one at {@code open}, or -1 when it never closes. */
    static int closingParen(String text, int open) {
        int depth = 0;
        for (SqlLexer.Token token : SqlLexer.tokenize(text.substring(open))) {
            if (token.is("(")) {
                depth++;
            } else if (token.is(")")) {
                depth--;
                if (depth == 0) {
                    return open + token.start();
                }
            }
        }
        return -1;
    }

    /** Where {@code " WHEN ("} starts with the key word WHEN as written, outside literals and quoted names; or -1. */
    private static int whenClause(String text) {
        for (SqlLexer.Token token : SqlLexer.tokenize(text)) {
            if (token.kind() == SqlLexer.Kind.WORD && token.text().equals("WHEN") && token.start() > 0
                    && text.charAt(token.start() - 1) == ' ' && text.startsWith(" (", token.end())) {
                return token.start() - 1;
            }
        }
        return -1;
    }
}
