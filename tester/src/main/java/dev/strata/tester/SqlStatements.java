package dev.strata.tester;

import dev.strata.plan.sql.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons, read with the one SQL lexer ({@link SqlLexer}) so a
 * semicolon inside a string, a quoted identifier, a dollar-quoted body or a comment never splits, and remembers the
 * line each statement starts on (for {@code file:line} messages). Comments before a statement are left out.
 */
final class SqlStatements {

    record Statement(String sql, int line) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String script) {
        var statements = new ArrayList<Statement>();
        var current = new StringBuilder();
        int startLine = -1;
        for (SqlLexer.Token token : SqlLexer.tokenize(script)) {
            if (token.is(";")) {
                add(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                continue;
            }
            if (startLine < 0 && !token.isTrivia()) {
                startLine = token.line();
            }
            if (startLine >= 0) {
                current.append(token.text());
            }
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
}
