package dev.strata.engine.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.RunnerIdentity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * An open target: a small HikariCP pool (the runner holds one connection for its lock and work, status reads use
 * another) plus the embedded server when the target is embedded, stopped on close.
 *
 * <p>Connections use the simple query protocol, so a step's SQL reaches the server as the single text the plan
 * holds and PostgreSQL's error positions count from its first character.
 */
public final class Database implements AutoCloseable {

    private final Target target;
    private final HikariDataSource pool;
    private final ProjectServer embedded;

    private Database(Target target, HikariDataSource pool, ProjectServer embedded) {
        this.target = target;
        this.pool = pool;
        this.embedded = embedded;
    }

    /** Opens the target chosen by {@code settings}: a configured one, else the project's embedded server. */
    public static Database open(TargetSettings settings, RunnerIdentity identity, Duration connectTimeout) {
        var configured = TargetResolver.configured(settings);
        if (configured.isPresent()) {
            return connect(configured.get(), identity, connectTimeout, null);
        }
        if (settings.projectRoot() == null) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "No database target is configured.",
                    "Give one with --url, STRATA_URL or the PG* variables (PGHOST, PGPORT, PGDATABASE, PGSERVICE);"
                            + " there is no project here whose embedded server could be used."));
        }
        ProjectServer server = ProjectServer.start(settings.projectRoot(), settings.embeddedWait());
        try {
            return connect(server.target(), identity, connectTimeout, server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public static Database connect(Target target, RunnerIdentity identity, Duration connectTimeout) {
        return connect(target, identity, connectTimeout, null);
    }

    private static Database connect(Target target, RunnerIdentity identity, Duration connectTimeout,
                                    ProjectServer embedded) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(target.jdbcUrl());
        if (target.user() != null) {
            config.setUsername(target.user());
        }
        if (target.password() != null) {
            config.setPassword(target.password());
        }
        config.setPoolName("strata");
        config.setExceptionOverrideClassName(KeepAfterStatementErrors.class.getName());
        config.setMaximumPoolSize(3);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(Math.max(250, connectTimeout.toMillis()));
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", identity.applicationName());
        config.addDataSourceProperty("preferQueryMode", "simple");
        String seconds = Long.toString(Math.max(1, (connectTimeout.toMillis() + 999) / 1000));
        config.addDataSourceProperty("connectTimeout", seconds);
        // pgjdbc bounds the whole login (TLS, authentication) only with loginTimeout: without it a port that
        // accepts and never answers would hang the command.
        config.addDataSourceProperty("loginTimeout", seconds);
        try {
            Database database = new Database(target, new HikariDataSource(config), embedded);
            database.requireSupportedServer();
            return database;
        } catch (HikariPool.PoolInitializationException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw new StrataException(DatabaseErrors.translate(sql, target), sql);
            }
            throw new StrataException(DatabaseErrors.connecting(e.getCause() != null ? e.getCause() : e, target), e);
        } catch (StrataException e) {
            throw e;
        } catch (RuntimeException e) {
            // the pool refuses a URL the driver does not accept before it tries to connect
            throw new StrataException(DatabaseErrors.connecting(e, target), e);
        }
    }

    /** The oldest PostgreSQL major version Strata runs against (tested on it and on the newest, 18). */
    public static final int OLDEST_SUPPORTED_MAJOR = 13;

    private void requireSupportedServer() {
        try (Connection connection = pool.getConnection()) {
            int major = connection.getMetaData().getDatabaseMajorVersion();
            if (major < OLDEST_SUPPORTED_MAJOR) {
                pool.close();
                throw new StrataException(new Problem(ProblemKind.CONNECTION, "PostgreSQL " + major + " is not"
                        + " supported by Strata (" + target.display() + ").", "Strata runs against PostgreSQL "
                        + OLDEST_SUPPORTED_MAJOR + " to 18. Upgrade the server, or use another target."));
            }
        } catch (SQLException e) {
            pool.close();
            throw new StrataException(DatabaseErrors.translate(e, target), e);
        }
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Target target() {
        return target;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
