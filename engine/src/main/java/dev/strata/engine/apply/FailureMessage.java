package dev.strata.engine.apply;

import dev.strata.plan.Step;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Words a failed statement for a person: the plan, the step and what it does, the SQL with line numbers, a caret
 * under the position PostgreSQL reported (mapped from a character offset to line and column), and the error.
 */
public final class FailureMessage {

    private static final int CONTEXT_LINES = 3;

    private FailureMessage() {
    }

    public static String describe(StepFailure failure, String action) {
        Step step = failure.step();
        int total = failure.plan().steps().size();
        String what = switch (failure.part()) {
            case BACKUP -> "the backup before step " + step.number() + " of " + total;
            case RESTORE -> "putting back what a rollback kept, after step " + step.number() + " of " + total;
            case REVERSE -> "the reverse of step " + step.number() + " of " + total;
            default -> "step " + step.number() + " of " + total;
        };
        return action + " of plan " + failure.plan().id() + " failed at " + what + " (" + step.change() + ' '
                + step.object() + "):\n" + statement(failure.sql(), 1, failure.sqlException());
    }

    /**
     * A statement PostgreSQL rejected, plan or not: its SQL with line numbers (the first line numbered
     * {@code firstLine}, where it starts in its script) and a caret at the error's position, then the error with its
     * SQLSTATE and PostgreSQL's detail, hint and context.
     */
    public static String statement(String sql, int firstLine, SQLException error) {
        StringBuilder text = new StringBuilder();
        ServerErrorMessage server = error instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        int position = server == null ? 0 : server.getPosition();
        text.append(excerpt(sql, position, firstLine));
        text.append("PostgreSQL: ").append(errorLine(error, server));
        if (server != null && server.getInternalQuery() != null && server.getInternalPosition() > 0) {
            text.append("\n  inside: ").append(server.getInternalQuery().strip());
        }
        if (server != null && server.getDetail() != null) {
            text.append("\n  detail: ").append(server.getDetail());
        }
        if (server != null && server.getHint() != null) {
            text.append("\n  hint: ").append(server.getHint());
        }
        if (server != null && server.getWhere() != null) {
            text.append("\n  where: ").append(server.getWhere());
        }
        return text.toString();
    }

    /** Line and column (both 1-based) of a 1-based character position in {@code sql}. */
    public static int[] lineAndColumn(String sql, int position) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position - 1, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    static String excerpt(String sql, int position) {
        return excerpt(sql, position, 1);
    }

    /** The lines of {@code sql} around {@code position}, numbered from {@code firstLine}. */
    static String excerpt(String sql, int position, int firstLine) {
        List<String> lines = List.of(sql.split("\n", -1));
        int errorLine = position > 0 ? lineAndColumn(sql, position)[0] : -1;
        int errorColumn = position > 0 ? lineAndColumn(sql, position)[1] : -1;
        int from = errorLine > 0 ? Math.max(1, errorLine - CONTEXT_LINES) : 1;
        int to = errorLine > 0 ? Math.min(lines.size(), errorLine + CONTEXT_LINES) : Math.min(lines.size(), 12);
        int shift = firstLine - 1;
        int width = Integer.toString(to + shift).length();
        List<String> out = new ArrayList<>();
        if (from > 1) {
            out.add("    " + " ".repeat(width) + " | ...");
        }
        for (int number = from; number <= to; number++) {
            out.add("    " + pad(number + shift, width) + " | " + lines.get(number - 1));
            if (number == errorLine) {
                out.add("    " + " ".repeat(width) + " | " + caretLine(lines.get(number - 1), errorColumn)
                        + " line " + (errorLine + shift) + ", column " + errorColumn);
            }
        }
        if (to < lines.size()) {
            out.add("    " + " ".repeat(width) + " | ...");
        }
        return String.join("\n", out) + "\n";
    }

    private static String caretLine(String line, int column) {
        StringBuilder caret = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            caret.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return caret.append('^').toString();
    }

    private static String errorLine(SQLException error, ServerErrorMessage server) {
        if (server == null) {
            String state = error.getSQLState() == null ? "" : error.getSQLState();
            return error.getMessage() + " (SQLSTATE " + state + ")";
        }
        return server.getSeverity() + ": " + server.getMessage() + " (SQLSTATE " + server.getSQLState() + ")";
    }

    private static String pad(int number, int width) {
        String text = Integer.toString(number);
        return " ".repeat(width - text.length()) + text;
    }
}
