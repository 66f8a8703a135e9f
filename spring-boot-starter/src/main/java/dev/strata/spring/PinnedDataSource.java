package dev.strata.spring;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that is not HikariCP (or whose pool had started), wrapped: every connection it hands out runs the
 * starter's settings first, each time it is borrowed (one round trip per borrow).
 */
final class PinnedDataSource implements DataSource {

    private final DataSource delegate;
    private final ConnectionSettings settings;

    PinnedDataSource(DataSource delegate, ConnectionSettings settings) {
        this.delegate = delegate;
        this.settings = settings;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepared(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepared(delegate.getConnection(username, password));
    }

    private Connection prepared(Connection connection) throws SQLException {
        try {
            settings.apply(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
