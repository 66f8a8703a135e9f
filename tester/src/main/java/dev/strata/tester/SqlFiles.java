package dev.strata.tester;

import dev.strata.plan.sql.SqlStatements;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/** The {@code *.sql} files of a directory in name order, and running one statement by statement. */
final class SqlFiles {

    private SqlFiles() {
    }

    static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String display(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }

    /**
     * Runs every statement of {@code file}; returns null, or {@code file:line: message} for the first that fails.
     * The connection's transaction handling is the caller's.
     */
    static String run(Connection connection, Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return display(file) + ": cannot read: " + e.getMessage();
        }
        try (Statement statement = connection.createStatement()) {
            for (SqlStatements.Statement one : SqlStatements.split(text)) {
                try {
                    statement.execute(one.sql());
                } catch (SQLException e) {
                    return display(file) + ":" + (one.line() + lineInBody(e)) + ": " + firstLine(e.getMessage());
                }
            }
        } catch (SQLException e) {
            return display(file) + ": " + e.getMessage();
        }
        return null;
    }

    private static final java.util.regex.Pattern BODY_LINE =
            java.util.regex.Pattern.compile("inline_code_block line (\\d+)");

    /**
     * For an error inside a {@code do} block, how many lines below the statement's first line it is: PL/pgSQL
     * counts the body's lines from the one its opening quote is on.
     */
    private static int lineInBody(SQLException e) {
        if (!(e instanceof org.postgresql.util.PSQLException psql) || psql.getServerErrorMessage() == null
                || psql.getServerErrorMessage().getWhere() == null) {
            return 0;
        }
        var matcher = BODY_LINE.matcher(psql.getServerErrorMessage().getWhere());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) - 1 : 0;
    }

    /** PostgreSQL's message without the {@code Where:} context that pgjdbc appends on later lines. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String first = message.lines().findFirst().orElse("");
        return first.startsWith("ERROR: ") ? first.substring(7) : first;
    }
}
