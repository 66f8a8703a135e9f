package dev.strata.runtime.testing;

import dev.strata.runtime.database.Target;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.Driver;

/**
 * Where {@code strata test} makes its scratch databases. Either an embedded PostgreSQL started for the run in a
 * fresh temporary data directory (never the project's {@code .strata/embedded}), deleted on close; or a server given
 * by URL, on which it creates databases named {@code strata_test_<pid>_<n>} and drops them on close. The URL's own
 * database is only used to connect: {@code strata test} never writes to it.
 */
public final class ScratchServer implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final EmbeddedPostgres embedded;
    private final Path dataDirectory;
    private final Target admin;
    private final List<String> created = new ArrayList<>();

    private ScratchServer(EmbeddedPostgres embedded, Path dataDirectory, Target admin) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.admin = admin;
    }

    public static ScratchServer embedded() {
        try {
            Path data = Files.createTempDirectory("strata-test-");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                    .setCleanDataDirectory(true).start();
            Target admin = new Target(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null,
                    "scratch embedded server", true);
            return new ScratchServer(postgres, data, admin);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a scratch embedded PostgreSQL", e);
        }
    }

    public static ScratchServer at(Target server) {
        return new ScratchServer(null, null, server);
    }

    /** Creates a new empty database and returns how to reach it. */
    public Target newDatabase(String purpose) throws SQLException {
        String name = "strata_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet() + "_" + purpose;
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        }
        created.add(name);
        return new Target(withDatabase(admin.jdbcUrl(), name), admin.user(), admin.password(),
                "scratch database " + name, admin.embedded());
    }

    /** Drops a database this server made (the embedded server's go with it anyway). */
    public void drop(Target database) throws SQLException {
        String name = database.database();
        if (!created.remove(name)) {
            throw new IllegalArgumentException("not a scratch database of this server: " + name);
        }
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
        }
    }

    public static Connection connect(Target target) throws SQLException {
        Properties properties = new Properties();
        if (target.user() != null) {
            properties.setProperty("user", target.user());
        }
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        return DriverManager.getConnection(target.jdbcUrl(), properties);
    }

    static String withDatabase(String jdbcUrl, String database) {
        Properties parsed = Driver.parseURL(jdbcUrl, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        int query = jdbcUrl.indexOf('?');
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        String hosts = parsed.getProperty("PGHOST", "localhost");
        String ports = parsed.getProperty("PGPORT", "5432");
        String[] hostList = hosts.split(",");
        String[] portList = ports.split(",");
        var authority = new ArrayList<String>();
        for (int i = 0; i < hostList.length; i++) {
            String host = hostList[i].contains(":") ? "[" + hostList[i] + "]" : hostList[i];
            authority.add(host + ":" + portList[Math.min(i, portList.length - 1)]);
        }
        return "jdbc:postgresql://" + String.join(",", authority) + "/" + database + params;
    }

    @Override
    public void close() {
        try {
            if (embedded != null) {
                embedded.close();
                return;
            }
            try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
                for (String name : created) {
                    statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the scratch databases " + created + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
