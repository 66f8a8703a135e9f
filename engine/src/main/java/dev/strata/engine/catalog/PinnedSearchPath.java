package dev.strata.engine.catalog;

import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs catalog reads with {@code search_path} set to {@code pg_catalog} alone, then puts the session's path back.
 * PostgreSQL prints expressions (defaults, constraint and view definitions) relative to the search path, so two
 * captures of the same schema only compare equal when both print every name schema-qualified.
 */
public final class PinnedSearchPath {

    /** A catalog read that may fail with an SQLException. */
    public interface Read<T> {
        T run() throws SQLException;
    }

    private PinnedSearchPath() {
    }

    public static <T> T withCatalogOnly(Connection connection, Read<T> read) throws SQLException {
        String previous = current(connection);
        set(connection, "pg_catalog");
        try {
            return read.run();
        } finally {
            set(connection, previous);
        }
    }

    private static String current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT current_setting('search_path')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static void set(Connection connection, String path) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(Sql.setConfig("search_path", false))) {
            statement.setString(1, path);
            statement.execute();
        }
    }
}
