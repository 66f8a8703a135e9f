package dev.strata.introspect;

import dev.strata.compiler.check.SemanticChecker;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;

/** A fresh test database with some SQL run in it, to introspect. */
final class LiveDatabase {

    private LiveDatabase() {
    }

    static String create(String prefix, String sql) throws SQLException {
        String url = TestDatabases.newDatabase(prefix);
        try (Connection connection = TestDatabases.connect(url); var statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return url;
    }

    /** Introspects, and requires the model to pass the semantic checks: an import must be a valid project. */
    static IntrospectionResult introspect(String url, IntrospectionRequest request) throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            var result = Introspector.read(connection, request);
            var errors = SemanticChecker.check(result.model()).stream().filter(Diagnostic::isError).toList();
            if (!errors.isEmpty()) {
                throw new AssertionError("the imported model does not pass the checks: " + errors);
            }
            return result;
        }
    }
}
