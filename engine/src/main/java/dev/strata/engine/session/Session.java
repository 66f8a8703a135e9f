package dev.strata.engine.session;

import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** Session settings a runner's connection needs, and a plain statement runner. */
public final class Session {

    private Session() {
    }

    /**
     * lock_timeout for every statement; from PostgreSQL 14 on, client_connection_check_interval too, so the
     * server notices a killed runner within a second even during a long statement and releases its locks.
     */
    public static void prepare(Connection connection, Duration lockTimeout, Duration statementTimeout)
            throws SQLException {
        lockTimeout(connection, lockTimeout);
        execute(connection, Sql.set("statement_timeout", false).lit(Math.max(0, statementTimeout.toMillis()) + "ms")
                .build());
        if (connection.getMetaData().getDatabaseMajorVersion() >= 14) {
            execute(connection, Sql.set("client_connection_check_interval", false).lit("1s").build());
        }
    }

    /** lock_timeout for the statements after this one on the connection. */
    public static void lockTimeout(Connection connection, Duration lockTimeout) throws SQLException {
        execute(connection, Sql.set("lock_timeout", false).lit(Math.max(1, lockTimeout.toMillis()) + "ms").build());
    }

    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the connection is broken; the server rolls the transaction back when it goes
        }
    }
}
