package dev.strata.introspect;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.PartitionKey;
import dev.strata.compiler.model.PartitionOf;
import dev.strata.plan.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;

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

    /** {@code RANGE (logdate)} ({@code pg_get_partkeydef}) → the method (lower case) and the key inside the parentheses. */
    static PartitionKey partitionKey(String keyDef) {
        int open = keyDef.indexOf('(');
        int close = open < 0 ? -1 : closingParen(keyDef, open);
        if (close < 0) {
            throw new IllegalArgumentException("not a partition key: " + keyDef);
        }
        return new PartitionKey(keyDef.substring(0, open).strip(), keyDef.substring(open + 1, close).strip(),
                Span.NONE);
    }

    /**
     * {@code FOR VALUES FROM ('a') TO ('b')}, {@code FOR VALUES IN (…)}, {@code FOR VALUES WITH (modulus 4,
     * remainder 0)} or {@code DEFAULT} ({@code pg_get_expr(relpartbound)}) → the bound with the texts inside its
     * parentheses.
     */
    static PartitionOf.Bound partitionBound(String boundDef) {
        String text = boundDef.strip();
        if (text.equals("DEFAULT")) {
            return new PartitionOf.Bound(PartitionOf.Kind.DEFAULT, List.of());
        }
        var values = new ArrayList<String>();
        int at = text.indexOf('(');
        while (at >= 0) {
            int close = closingParen(text, at);
            if (close < 0) {
                break;
            }
            values.add(text.substring(at + 1, close));
            at = text.indexOf('(', close);
        }
        var kind = text.startsWith("FOR VALUES FROM") ? PartitionOf.Kind.RANGE
                : text.startsWith("FOR VALUES IN") ? PartitionOf.Kind.LIST
                : text.startsWith("FOR VALUES WITH") ? PartitionOf.Kind.HASH : null;
        if (kind == null || values.size() != (kind == PartitionOf.Kind.RANGE ? 2 : 1)) {
            throw new IllegalArgumentException("not a partition bound: " + boundDef);
        }
        return new PartitionOf.Bound(kind, values);
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
