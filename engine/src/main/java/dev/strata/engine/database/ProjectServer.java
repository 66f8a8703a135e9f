package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL a project gets when no target is configured (a {@link LocalServer} on a kept data
 * directory). Its data directory persists under {@code .strata/embedded/data}, so state survives between runs.
 *
 * <p>When {@code strata embedded start} has left a server running ({@link EmbeddedServer}), a command uses that one
 * under a shared hold of the directory's owner lock ({@link OwnerLock}), so several commands use it at once, and
 * leaves it running. Otherwise the command starts a server for itself and stops it at the end, owning the directory
 * for the whole command through the exclusive lock; a second process waits up to a bound for it, then fails naming
 * the owner. A server left running by a killed owner is stopped before the next start. The port is remembered in
 * {@code .strata/embedded/port}.
 */
public final class ProjectServer implements AutoCloseable {

    public static final String DIRECTORY = ".strata/embedded";

    private final Path home;
    private final OwnerLock lock;
    private final LocalServer postgres;
    private final ServerLeftRunning leftRunning;

    private ProjectServer(Path home, OwnerLock lock, LocalServer postgres, ServerLeftRunning leftRunning) {
        this.home = home;
        this.lock = lock;
        this.postgres = postgres;
        this.leftRunning = leftRunning;
    }

    /**
     * The embedded server of the project at {@code projectRoot}: the one {@code strata embedded start} left running,
     * else one started (and initialized on first use) for this command.
     */
    public static ProjectServer start(Path projectRoot, Duration wait) {
        Path home = home(projectRoot);
        Instant deadline = Instant.now().plus(wait);
        OwnerLock lock = null;
        try {
            while (true) {
                if (ServerLeftRunning.find(home).isPresent()) {
                    lock = OwnerLock.shared(home, remaining(deadline));
                    Optional<ServerLeftRunning> running = ServerLeftRunning.find(home);
                    if (running.isPresent()) {
                        return new ProjectServer(home, lock, null, running.get());
                    }
                } else {
                    lock = OwnerLock.exclusive(home, remaining(deadline));
                    if (ServerLeftRunning.find(home).isEmpty()) {
                        ServerLeftRunning.forget(home);
                        Path data = home.resolve("data");
                        OrphanedPostmaster.stopIfRunning(data);
                        int port = choosePort(home.resolve("port"));
                        return new ProjectServer(home, lock, LocalServer.kept(data, port), null);
                    }
                }
                lock.close(); // it was started or stopped meanwhile: look again
                lock = null;
            }
        } catch (IOException e) {
            release(lock);
            throw cannotStart(home, e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** {@code PROJECT/.strata/embedded}, absolute. */
    static Path home(Path projectRoot) {
        return projectRoot.resolve(DIRECTORY).toAbsolutePath().normalize();
    }

    static StrataException cannotStart(Path home, Exception e) {
        return new StrataException(new Problem(ProblemKind.CONNECTION,
                "Could not start the embedded PostgreSQL in " + home + ".",
                "The server reported: " + rootMessage(e) + ". If the directory was created by a different"
                        + " PostgreSQL major version, or is damaged, move it away (it holds this project's"
                        + " embedded data) and run the command again; or configure a real target with --url."), e);
    }

    public Target target() {
        if (leftRunning != null) {
            return LocalServer.target(leftRunning.port(), "postgres", "embedded server in " + home
                    + ", left running by strata embedded start");
        }
        return postgres.admin("embedded server in " + home);
    }

    public int port() {
        return leftRunning != null ? leftRunning.port() : postgres.port();
    }

    public Path home() {
        return home;
    }

    /** Whether this is the server {@code strata embedded start} left running (which close leaves running). */
    public boolean leftRunning() {
        return leftRunning != null;
    }

    @Override
    public void close() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } finally {
            lock.close();
        }
    }

    private static Duration remaining(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void release(OwnerLock lock) {
        if (lock != null) {
            lock.close();
        }
    }

    /** The remembered port when it is free, else a new free port (remembered for next time). */
    static int choosePort(Path portFile) throws IOException {
        Optional<Integer> remembered = readPort(portFile);
        if (remembered.isPresent() && isFree(remembered.get())) {
            return remembered.get();
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.writeString(portFile, Integer.toString(port));
        return port;
    }

    private static Optional<Integer> readPort(Path portFile) {
        try {
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
