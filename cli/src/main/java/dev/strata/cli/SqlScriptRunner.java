package dev.strata.cli;

import dev.strata.engine.apply.FailureMessage;
import dev.strata.plan.sql.Sql;
import dev.strata.plan.sql.SqlStatements;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * Runs the statements of a script one after another on one connection, in autocommit unless the script opens a
 * transaction itself, and prints what each returns as psql does: its rows as an {@link AlignedTable}, else its
 * {@link CommandTag}; PostgreSQL's notices go to standard error. The first statement PostgreSQL rejects stops the
 * script (psql's ON_ERROR_STOP): the error is shown with the statement, and nothing after it runs.
 */
final class SqlScriptRunner {

    private final Terminal terminal;

    SqlScriptRunner(Terminal terminal) {
        this.terminal = terminal;
    }

    /** Runs {@code statements}, read from {@code origin} ({@code -c}, a file, standard input). */
    void run(Connection connection, List<SqlStatements.Statement> statements, String origin)
            throws SQLException, CommandFailure {
        try (Statement statement = connection.createStatement()) {
            statement.setEscapeProcessing(false);
            for (int i = 0; i < statements.size(); i++) {
                SqlStatements.Statement one = statements.get(i);
                try {
                    boolean rows = statement.execute(one.sql());
                    notices(statement);
                    results(statement, one.sql(), rows);
                } catch (SQLException e) {
                    notices(statement);
                    throw failure(connection, statements, i, origin, e);
                }
            }
            if (inTransaction(connection)) {
                terminal.err().println(terminal.yellow("warning: ") + "the script ended inside a transaction"
                        + " (no COMMIT after its BEGIN); it is rolled back");
                statement.execute(Sql.of("ROLLBACK").build());
            }
        }
    }

    private void results(Statement statement, String sql, boolean rows) throws SQLException {
        boolean resultSet = rows;
        while (true) {
            if (resultSet) {
                long count;
                try (ResultSet result = statement.getResultSet()) {
                    count = table(result);
                }
                CommandTag.afterRows(sql, count).ifPresent(terminal.out()::println);
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                terminal.out().println(CommandTag.of(sql, count));
            }
            resultSet = statement.getMoreResults();
        }
    }

    /** Prints the rows of {@code result}; returns how many there were. */
    private long table(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<AlignedTable.Column> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new AlignedTable.Column(meta.getColumnLabel(i),
                    AlignedTable.NUMERIC_TYPES.contains(meta.getColumnTypeName(i))));
        }
        List<List<String>> rows = new ArrayList<>();
        while (result.next()) {
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(result.getString(i));
            }
            rows.add(row);
        }
        terminal.out().print(AlignedTable.render(columns, rows));
        return rows.size();
    }

    /** PostgreSQL's notices and warnings of the last statement, on standard error as psql words them. */
    private void notices(Statement statement) throws SQLException {
        for (SQLWarning warning = statement.getWarnings(); warning != null; warning = warning.getNextWarning()) {
            ServerErrorMessage server = warning instanceof PSQLWarning psql ? psql.getServerErrorMessage() : null;
            if (server == null) {
                terminal.err().println("WARNING:  " + warning.getMessage());
                continue;
            }
            terminal.err().println(server.getSeverity() + ":  " + server.getMessage());
            if (server.getDetail() != null) {
                terminal.err().println("DETAIL:  " + server.getDetail());
            }
            if (server.getHint() != null) {
                terminal.err().println("HINT:  " + server.getHint());
            }
        }
        statement.clearWarnings();
    }

    private static CommandFailure failure(Connection connection, List<SqlStatements.Statement> statements,
                                          int failed, String origin, SQLException error) {
        SqlStatements.Statement one = statements.get(failed);
        int total = statements.size();
        StringBuilder text = new StringBuilder("strata sql: statement ").append(failed + 1).append(" of ")
                .append(total).append(" failed (line ").append(one.line()).append(" of ").append(origin)
                .append("):\n").append(FailureMessage.statement(one.sql(), one.line(), error)).append('\n');
        if (failed > 0) {
            text.append(failed == 1 ? "Statement 1 ran" : "Statements 1 to " + failed + " ran");
            text.append(inTransaction(connection) ? "; the transaction open when it failed is rolled back, so what"
                    + " ran since its BEGIN is undone. " : " and stay committed. ");
        }
        int after = total - failed - 1;
        if (after > 0) {
            text.append(after == 1 ? "The statement after it did not run." : "The " + after
                    + " statements after it did not run.");
        } else {
            text.append("It was the last statement.");
        }
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        return new CommandFailure(state.startsWith("08") ? ExitCode.CONNECTION : ExitCode.DATABASE,
                text.toString().strip());
    }

    /** Whether the session is inside a transaction block (open, or failed and waiting for its ROLLBACK). */
    private static boolean inTransaction(Connection connection) {
        try {
            return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        } catch (SQLException e) {
            return false;
        }
    }
}
