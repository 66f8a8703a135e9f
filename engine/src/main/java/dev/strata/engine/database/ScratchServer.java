package dev.strata.engine.database;

import dev.strata.plan.sql.Identifiers;
import dev.strata.plan.sql.Sql;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.Driver;

/**
 * Where throw-away databases are made: {@code strata test}, plans proven on scratch databases, the JUnit
 * extension, baselines and Strata's own tests. Either a {@link LocalServer} started for the purpose (never a
 * project's {@code .strata/embedded}), stopped on close; or a server given by URL, on which it creates databases
 * named {@code PREFIX_<pid>_<n>} and drops them on close. The URL's own database is only used to connect: nothing
 * is written to it. {@link #shared()} is one local server for the whole JVM, stopped when the JVM exits.
 */
public final class ScratchServer implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static ScratchServer shared;

    private final LocalServer local;
    private final Target admin;
    private final List<String> created = new ArrayList<>();

    private ScratchServer(LocalServer local, Target admin) {
        this.local = local;
        this.admin = admin;
    }

    /** A local server of its own, in a temporary directory. */
    public static ScratchServer embedded() {
        LocalServer server = LocalServer.temporary();
        return new ScratchServer(server, server.admin("scratch embedded server"));
    }

    /** Databases on the server {@code server} reaches; its own database is never written. */
    public static ScratchServer at(Target server) {
        return new ScratchServer(null, server);
    }

    /** One local scratch server for this JVM, started on first use and stopped at exit. */
    public static synchronized ScratchServer shared() {
        if (shared == null) {
            ScratchServer server = embedded();
            Runtime.getRuntime().addShutdownHook(new Thread(server::closeQuietly));
            shared = server;
        }
        return shared;
    }

    /**
     * Creates a new empty database and returns how to reach it: {@code PREFIX_<pid>_<n>}, the prefix lower-cased,
     * reduced to letters, digits and underscores, and shortened so the whole fits PostgreSQL's 63 bytes.
     */
    public Target newDatabase(String prefix) throws SQLException {
        String suffix = "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String name = Identifiers.clip(lowerSafe(prefix), Identifiers.MAX_BYTES - suffix.length()) + suffix;
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute(Sql.of("CREATE DATABASE").id(name).build());
        }
        synchronized (created) {
            created.add(name);
        }
        return new Target(withDatabase(admin.jdbcUrl(), name), admin.user(), admin.password(),
                "scratch database " + name, admin.embedded());
    }

    /** Drops a database this server made. */
    public void drop(Target database) throws SQLException {
        String name = database.database();
        synchronized (created) {
            if (!created.remove(name)) {
                throw new IllegalArgumentException("not a scratch database of this server: " + name);
            }
        }
        dropDatabase(name);
    }

    /** The server's major version. */
    public int majorVersion() throws SQLException {
        try (Connection connection = connect(admin)) {
            return connection.getMetaData().getDatabaseMajorVersion();
        }
    }

    /** How to reach the server's admin database. */
    public Target admin() {
        return admin;
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
        return "jdbc:postgresql://" + String.join(",", authority) + "/"
                + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8) + params;
    }

    private void dropDatabase(String name) throws SQLException {
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute(Sql.of("DROP DATABASE IF EXISTS").id(name).kw("WITH (FORCE)").build());
        }
    }

    @Override
    public void close() {
        if (local != null) {
            local.close();
            return;
        }
        List<String> names;
        synchronized (created) {
            names = List.copyOf(created);
            created.clear();
        }
        SQLException failure = null;
        for (String name : names) {
            try {
                dropDatabase(name);
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("could not drop the scratch databases " + names + " on "
                    + admin.display() + ": " + failure.getMessage(), failure);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException ignored) {
            // the JVM is exiting; the temporary directory is removed with the server
        }
    }

    /** Lower-case letters, digits and underscores, as database names made from free text should be. */
    static String lowerSafe(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }
}
