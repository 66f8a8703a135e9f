package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The embedded PostgreSQL a project gets when no target is configured (a {@link LocalServer} on a kept data
 * directory). Its data directory persists under
 * {@code .strata/embedded/data}, so state survives between runs. A Strata process owns the directory for the whole
 * command through an OS file lock on {@code .strata/embedded/owner.lock} (released by the OS even when the process
 * is killed); a second process waits up to a bound for it, then fails naming the owner. A server left running by a
 * killed owner is stopped before the next start. The port is remembered in {@code .strata/embedded/port}.
 */
public final class ProjectServer implements AutoCloseable {

    public static final String DIRECTORY = ".strata/embedded";
    private static final Duration POLL = Duration.ofMillis(200);

    private final Path home;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final LocalServer postgres;

    private ProjectServer(Path home, FileChannel lockChannel, FileLock lock, LocalServer postgres) {
        this.home = home;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /** Starts (initializing on first use) the embedded server of the project at {@code projectRoot}. */
    public static ProjectServer start(Path projectRoot, Duration wait) {
        Path home = projectRoot.resolve(DIRECTORY).toAbsolutePath().normalize();
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(home);
            channel = FileChannel.open(home.resolve("owner.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            lock = acquire(channel, home, wait);
            recordOwner(channel);
            Path data = home.resolve("data");
            OrphanedPostmaster.stopIfRunning(data);
            int port = choosePort(home.resolve("port"));
            return new ProjectServer(home, channel, lock, LocalServer.kept(data, port));
        } catch (IOException e) {
            release(channel, lock);
            throw new StrataException(new Problem(ProblemKind.CONNECTION,
                    "Could not start the embedded PostgreSQL in " + home + ".",
                    "The server reported: " + rootMessage(e) + ". If the directory was created by a different"
                            + " PostgreSQL major version, or is damaged, move it away (it holds this project's"
                            + " embedded data) and run the command again; or configure a real target with --url."), e);
        } catch (RuntimeException e) {
            release(channel, lock);
            throw e;
        }
    }

    public Target target() {
        return postgres.admin("embedded server in " + home);
    }

    public int port() {
        return postgres.port();
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } finally {
            release(lockChannel, lock);
        }
    }

    private static FileLock acquire(FileChannel channel, Path home, Duration wait) throws IOException {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StrataException(new Problem(ProblemKind.LOCK_WAIT,
                        "The embedded database in " + home + " is in use by another strata process"
                                + ownerDescription(channel) + ".",
                        "Waited " + wait.toSeconds() + " s for it to finish. Only one strata command at a time can"
                                + " use a project's embedded server: wait for the other command to end (or stop"
                                + " it), or raise --lock-wait."));
            }
            sleep(POLL);
        }
    }

    private static String ownerDescription(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            int read = channel.read(buffer, 0);
            if (read <= 0) {
                return "";
            }
            String text = new String(buffer.array(), 0, read, StandardCharsets.UTF_8).trim();
            return text.isEmpty() ? "" : " (" + text + ")";
        } catch (IOException e) {
            return "";
        }
    }

    private static void recordOwner(FileChannel channel) throws IOException {
        String owner = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    /** The remembered port when it is free, else a new free port (remembered for next time). */
    private static int choosePort(Path portFile) throws IOException {
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

    private static void release(FileChannel channel, FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the OS drops the lock when the process ends anyway
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
