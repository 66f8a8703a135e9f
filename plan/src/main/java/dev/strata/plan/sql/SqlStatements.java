package dev.strata.plan.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons, read with the one SQL lexer ({@link SqlLexer}) so a
 * semicolon inside a string, a quoted identifier, a dollar-quoted body or a comment never splits, and remembers the
 * line each statement starts on (for {@code file:line} messages). Comments before a statement are left out.
 *
 * <p>A semicolon inside parentheses does not split either, nor one inside the {@code BEGIN ATOMIC … END} body of a
 * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE} (PostgreSQL 14's SQL-standard bodies), where {@code CASE … END}
 * nests. That is how psql reads a script, so a script psql runs is cut into the same statements.
 */
public final class SqlStatements {

    /** One statement, without its semicolon, and the line (from 1) of its first token. */
    public record Statement(String sql, int line) {
    }

    private SqlStatements() {
    }

    public static List<Statement> split(String script) {
        var statements = new ArrayList<Statement>();
        var current = new Current();
        for (SqlLexer.Token token : SqlLexer.tokenize(script)) {
            if (token.is(";") && current.endsAtSemicolon()) {
                current.addTo(statements);
                current = new Current();
                continue;
            }
            current.add(token);
        }
        current.addTo(statements);
        return statements;
    }

    /** The statement being read: its text so far, its first line, and how deep its brackets and bodies nest. */
    private static final class Current {

        private final StringBuilder text = new StringBuilder();
        private final List<String> leadingWords = new ArrayList<>();
        private int line = -1;
        private int parentheses;
        private int bodies;

        void add(SqlLexer.Token token) {
            if (line < 0 && token.isTrivia()) {
                return;
            }
            if (line < 0) {
                line = token.line();
            }
            text.append(token.text());
            if (token.is("(") || token.is("[")) {
                parentheses++;
            } else if ((token.is(")") || token.is("]")) && parentheses > 0) {
                parentheses--;
            } else if (token.kind() == SqlLexer.Kind.WORD) {
                word(token.value());
            }
        }

        private void word(String word) {
            if (leadingWords.size() < 4) {
                leadingWords.add(word);
            }
            if (parentheses > 0 || !createsRoutine()) {
                return;
            }
            switch (word) {
                case "begin" -> bodies++;
                case "case" -> bodies += bodies > 0 ? 1 : 0;
                case "end" -> bodies -= bodies > 0 ? 1 : 0;
                default -> {
                }
            }
        }

        /** {@code CREATE FUNCTION}, {@code CREATE PROCEDURE}, or either after {@code CREATE OR REPLACE}. */
        private boolean createsRoutine() {
            if (leadingWords.size() < 2 || !leadingWords.get(0).equals("create")) {
                return false;
            }
            int kind = leadingWords.get(1).equals("or") ? 3 : 1;
            if (kind == 3 && (leadingWords.size() < 4 || !leadingWords.get(2).equals("replace"))) {
                return false;
            }
            return leadingWords.size() > kind
                    && (leadingWords.get(kind).equals("function") || leadingWords.get(kind).equals("procedure"));
        }

        boolean endsAtSemicolon() {
            return parentheses == 0 && bodies == 0;
        }

        void addTo(List<Statement> statements) {
            String sql = text.toString().strip();
            if (!sql.isEmpty()) {
                statements.add(new Statement(sql, line));
            }
        }
    }
}
