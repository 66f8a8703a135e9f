package dev.strata.tester;

import dev.strata.plan.SqlScripts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project's {@code tests/*.sql}, run after the last plan is applied. Each file runs in its own transaction that
 * is rolled back at the end, with {@code search_path} set to the core schema then public; a test fails when a
 * statement raises an error ({@code assert} in a {@code do} block, {@code raise exception}, or any SQL error).
 */
final class UserTests {

    record TestFile(Path path) {
        String display() {
            return SqlFiles.display(path);
        }
    }

    private final List<TestFile> files;

    private UserTests(List<TestFile> files) {
        this.files = files;
    }

    static UserTests in(Path dir) {
        return new UserTests(SqlFiles.list(dir).stream().map(TestFile::new).toList());
    }

    List<TestFile> files() {
        return files;
    }

    /** Null when the test passes, else {@code tests/file.sql:line: message}. */
    String run(Connection connection, TestFile file, String coreSchema) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlScripts.searchPathSql(coreSchema, true));
            }
            return SqlFiles.run(connection, file.path());
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }
}
