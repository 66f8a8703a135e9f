package dev.strata.testkit;

import dev.strata.engine.database.ScratchServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * For Strata's own tests: one scratch PostgreSQL server per test JVM ({@link ScratchServer#shared()}), started on
 * first use and stopped at JVM exit, and a fresh database for each test that asks for one. Tests stay isolated
 * without paying a server start each.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** The shared server. */
    public static ScratchServer server() {
        return ScratchServer.shared();
    }

    /** Creates a new empty database and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase(String prefix) {
        try {
            return server().newDatabase(prefix).jdbcUrl();
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database " + prefix + "_…", e);
        }
    }

    /** Runs {@code sql} (one statement, or several without results) on the database. */
    public static void execute(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row {@code sql} returns, as text, in the order of the rows. */
    public static List<String> query(String jdbcUrl, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (Connection connection = connect(jdbcUrl); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    /**
     * The first column of every row {@code sql} returns through {@code dataSource} (an application's pool, a pinned
     * DataSource), as text; a failure is unchecked, so assertions inside lambdas can call it.
     */
    public static List<String> query(javax.sql.DataSource dataSource, String sql) {
        var rows = new ArrayList<String>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
        return rows;
    }

    public static Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "");
    }

    /** The server's major version, for tests whose behaviour differs by version. */
    public static int serverMajorVersion() {
        try {
            return server().majorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
