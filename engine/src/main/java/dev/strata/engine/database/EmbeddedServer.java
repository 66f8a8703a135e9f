package dev.strata.engine.database;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A project's embedded server kept running between commands ({@code strata embedded start|stop|status|url}), so
 * psql and applications can use it: started with its log in {@code .strata/embedded/server.log} and recorded in
 * {@link ServerLeftRunning}. While it runs, every command whose target is the embedded server uses it instead of
 * starting its own ({@link ProjectServer}) and leaves it running.
 *
 * <p>Starting takes the directory's owner lock exclusively, so it waits for a command running a server of its own
 * to end. Stopping takes it exclusively too, so it waits (up to a bound, then fails with LOCK_WAIT) for the
 * commands using the server to end, instead of cutting them off mid-plan; then it asks PostgreSQL for a fast
 * shutdown, which ends the sessions of other clients (psql, applications) as {@code pg_ctl stop -m fast} does.
 */
public final class EmbeddedServer {

    static final String LOG = "server.log";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

    private EmbeddedServer() {
    }

    /** A server left running: its postmaster's pid, its port, its data directory and log, and when it started. */
    public record Running(long pid, int port, Path dataDirectory, Path log, Instant since) {

        /** {@code jdbc:postgresql://localhost:PORT/postgres?user=postgres}. */
        public String jdbcUrl() {
            return LocalServer.target(port, "postgres", "embedded server").jdbcUrl();
        }

        /** {@code postgresql://postgres@localhost:PORT/postgres}, for psql and libpq. */
        public String libpqUrl() {
            return "postgresql://" + LocalServer.SUPERUSER + "@localhost:" + port + "/postgres";
        }
    }

    /** What {@link #start} did: started {@code server}, or found it {@code alreadyRunning}. */
    public record Started(Running server, boolean alreadyRunning) {
    }

    /** The server of the project at {@code projectRoot} left running, if there is one. */
    public static Optional<Running> find(Path projectRoot) {
        Path home = ProjectServer.home(projectRoot);
        return ServerLeftRunning.find(home).map(record -> running(home, record));
    }

    /** Starts the server of the project at {@code projectRoot} and leaves it running; idempotent. */
    public static Started start(Path projectRoot, Duration wait) {
        Path home = ProjectServer.home(projectRoot);
        Optional<Running> found = find(projectRoot);
        if (found.isPresent()) {
            return new Started(found.get(), true);
        }
        Path data = home.resolve("data");
        try (OwnerLock lock = OwnerLock.exclusive(home, wait)) {
            Optional<ServerLeftRunning> running = ServerLeftRunning.find(home);
            if (running.isPresent()) {
                return new Started(running(home, running.get()), true);
            }
            ServerLeftRunning.forget(home);
            OrphanedPostmaster.stopIfRunning(data);
            int port = ProjectServer.choosePort(home.resolve("port"));
            Instant since = Instant.now();
            long pid = LocalServer.startLeftRunning(data, port, home.resolve(LOG));
            ServerLeftRunning record = new ServerLeftRunning(pid, port, since);
            try {
                record.write(home);
            } catch (IOException e) {
                shutDown(data); // unrecorded, it would be taken for an orphan; better not left running
                throw e;
            }
            return new Started(running(home, record), false);
        } catch (StrataException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ProjectServer.cannotStart(home, e); // the binaries' wrapper fails with unchecked exceptions too
        }
    }

    /**
     * Stops the server of the project at {@code projectRoot} that {@link #start} left running, once no command is
     * using it (waiting up to {@code wait}); returns it, or empty when none was running (which is fine).
     */
    public static Optional<Running> stop(Path projectRoot, Duration wait) {
        Path home = ProjectServer.home(projectRoot);
        if (find(projectRoot).isEmpty()) {
            return Optional.empty();
        }
        Path data = home.resolve("data");
        try (OwnerLock lock = OwnerLock.exclusive(home, wait)) {
            Optional<ServerLeftRunning> running = ServerLeftRunning.find(home);
            if (running.isEmpty()) {
                return Optional.empty();
            }
            if (!shutDown(data)) {
                throw new StrataException(new Problem(ProblemKind.CONNECTION, "The embedded PostgreSQL in " + home
                        + " (pid " + running.get().pid() + ") did not stop within " + SHUTDOWN_WAIT.toSeconds()
                        + " s.", "It was asked for a fast shutdown and is still finishing, perhaps writing a long"
                        + " checkpoint; see " + home.resolve(LOG) + ". Run strata embedded stop again in a while."));
            }
            ServerLeftRunning.forget(home);
            return Optional.of(running(home, running.get()));
        } catch (IOException e) {
            throw new StrataException(new Problem(ProblemKind.CONNECTION, "Could not stop the embedded PostgreSQL"
                    + " in " + home + ".", "The system said: " + e.getMessage() + "."), e);
        }
    }

    /** A fast shutdown of the postmaster on {@code data}; whether it is gone. */
    private static boolean shutDown(Path data) {
        Optional<Postmaster> postmaster = Postmaster.running(data);
        boolean stopped = postmaster.isEmpty() || postmaster.get().shutDownFast(SHUTDOWN_WAIT);
        if (stopped) {
            LocalServer.forgetLeftRunning(data);
        }
        return stopped;
    }

    private static Running running(Path home, ServerLeftRunning record) {
        return new Running(record.pid(), record.port(), home.resolve("data"), home.resolve(LOG), record.since());
    }
}
