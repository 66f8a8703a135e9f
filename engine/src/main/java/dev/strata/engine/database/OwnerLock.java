package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The OS file lock on {@code .strata/embedded/owner.lock} (released by the OS even when the process is killed).
 * Held <em>exclusively</em> by a process that starts or stops a server on the directory (a command starting its own
 * server for its run, {@code strata embedded start}, {@code strata embedded stop}), which writes its pid in the
 * file; held <em>shared</em> by every command using the server {@code strata embedded start} left running, so any
 * number of them run at once while a stop waits for them to end.
 *
 * <p>The JVM allows one lock per file and process, and closing any channel on the file drops the process's locks,
 * so holders in one JVM share one lock through a count, and the file is opened only by a JVM that holds nothing on
 * it.
 */
final class OwnerLock implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path file;
    private boolean released;

    /** One lock of this JVM on a file: its channel, whether shared, and how many holders use it. */
    private static final class Held {
        final FileChannel channel;
        final FileLock lock;
        int holders = 1;

        Held(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }
    }

    private OwnerLock(Path file) {
        this.file = file;
    }

    /** The exclusive lock, waiting up to {@code wait} for other holders; fails with LOCK_WAIT naming them. */
    static OwnerLock exclusive(Path home, Duration wait) throws IOException {
        return acquire(home, false, wait);
    }

    /** A shared lock, waiting up to {@code wait} for an exclusive holder. */
    static OwnerLock shared(Path home, Duration wait) throws IOException {
        return acquire(home, true, wait);
    }

    private static OwnerLock acquire(Path home, boolean shared, Duration wait) throws IOException {
        Path file = home.resolve("owner.lock");
        Files.createDirectories(home);
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            synchronized (HELD) {
                Held held = HELD.get(file);
                if (held == null) {
                    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
                    if (lock != null) {
                        if (!shared) {
                            recordOwner(channel);
                        }
                        HELD.put(file, new Held(channel, lock));
                        return new OwnerLock(file);
                    }
                    boolean late = Instant.now().isAfter(deadline);
                    String holder = late ? (shared ? recorded(channel) : describeOtherProcess(channel)) : "";
                    channel.close();
                    if (late) {
                        throw inUse(home, wait, holder);
                    }
                } else if (shared && held.lock.isShared()) {
                    held.holders++;
                    return new OwnerLock(file);
                } else if (Instant.now().isAfter(deadline)) {
                    throw inUse(home, wait, "another command in this process");
                }
            }
            ProjectServer.sleep(POLL);
        }
    }

    /**
     * Who holds the lock that {@code channel} could not take exclusively: the exclusive owner, as it recorded itself,
     * or, when a shared lock is free to take, the commands using the server left running.
     */
    private static String describeOtherProcess(FileChannel channel) throws IOException {
        FileLock probe = channel.tryLock(0, Long.MAX_VALUE, true);
        if (probe != null) {
            probe.release();
            return "other strata commands, through the server strata embedded start left running";
        }
        return recorded(channel);
    }

    /** {@code another strata process (pid 42, since …)}, from what the exclusive owner wrote in the file. */
    private static String recorded(FileChannel channel) {
        String owner = "";
        try {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            int read = channel.read(buffer, 0);
            owner = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            // said without the pid
        }
        return "another strata process" + (owner.isEmpty() ? "" : " (" + owner + ")");
    }

    private static void recordOwner(FileChannel channel) throws IOException {
        String owner = "pid " + ProcessHandle.current().pid() + ", since " + Instant.now();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(owner.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static StrataException inUse(Path home, Duration wait, String holder) {
        return new StrataException(new Problem(ProblemKind.LOCK_WAIT,
                "The embedded database in " + home + " is in use by " + holder + ".",
                "Waited " + wait.toSeconds() + " s for it to finish. A command that starts the embedded server for"
                        + " itself has it alone, and strata embedded stop waits for the commands using a server left"
                        + " running: wait for the other command to end (or stop it), or raise --lock-wait."));
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(file);
            if (held == null || --held.holders > 0) {
                return;
            }
            HELD.remove(file);
            try {
                held.lock.release();
                held.channel.close();
            } catch (IOException ignored) {
                // the OS drops the lock when the process ends anyway
            }
        }
    }
}
