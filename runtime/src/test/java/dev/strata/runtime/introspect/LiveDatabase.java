package dev.strata.runtime.introspect;

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

    static IntrospectionResult introspect(String url, IntrospectionRequest request) throws SQLException {
        try (Connection connection = TestDatabases.connect(url)) {
            return Introspector.read(connection, request);
        }
    }
}
