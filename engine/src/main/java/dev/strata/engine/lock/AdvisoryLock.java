package dev.strata.engine.lock;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The target's runner lock: a session-level PostgreSQL advisory lock, one per database. Being a session lock, it is
 * released by the server when the holder's connection ends for any reason, so a killed runner leaves none behind.
 * Acquisition polls {@code pg_try_advisory_lock} up to a bound, naming the holder while it waits.
 */
public final class AdvisoryLock implements AutoCloseable {

    /** The two keys of {@code pg_advisory_lock(int, int)}: "STRA" and 1. Visible in pg_locks as classid/objid. */
    public static final int KEY_HIGH = 0x53545241;
    public static final int KEY_LOW = 1;
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

    private final Connection connection;
    private boolean held;

    private AdvisoryLock(Connection connection) {
        this.connection = connection;
        this.held = true;
    }

    /** Takes the lock on {@code connection}, waiting at most {@code wait}. */
    public static AdvisoryLock acquire(Connection connection, Duration wait, Reporter reporter) throws SQLException {
        Instant start = Instant.now();
        Instant deadline = start.plus(wait);
        Instant nextReport = start;
        while (true) {
            if (tryLock(connection)) {
                return new AdvisoryLock(connection);
            }
            Optional<LockHolder> holder = holder(connection);
            if (Instant.now().isAfter(deadline)) {
                throw new StrataException(new Problem(ProblemKind.LOCK_WAIT,
                        "Another runner holds the lock on this database: " + holder.map(LockHolder::describe)
                                .orElse("it was released just now") + ".",
                        "Waited " + wait.toMillis() / 1000.0 + " s (--lock-wait). Nothing was run. Run the command"
                                + " again when the other runner has finished, or raise --lock-wait. If that session"
                                + " is stuck, end it with SELECT pg_terminate_backend(" + holder.map(LockHolder::pid)
                                .map(String::valueOf).orElse("PID") + ") (the lock goes with it)."));
            }
            if (!Instant.now().isBefore(nextReport)) {
                reporter.info("waiting for the lock held by " + holder.map(LockHolder::describe).orElse("another"
                        + " runner") + " (up to " + wait.toSeconds() + " s)");
                nextReport = Instant.now().plus(REPORT_EVERY);
            }
            sleep();
        }
    }

    /** The session holding the lock, if any. */
    public static Optional<LockHolder> holder(Connection connection) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.usename, a.client_addr::text, a.backend_start, a.state"
                + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = " + KEY_HIGH
                + " AND l.objid::bigint = " + KEY_LOW + " AND l.objsubid = 2 AND l.database = (SELECT oid FROM"
                + " pg_database WHERE datname = current_database())";
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            var started = rs.getTimestamp(5);
            return Optional.of(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    started == null ? null : started.toInstant(), rs.getString(6)));
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_try_advisory_lock(" + KEY_HIGH + ", " + KEY_LOW + ")"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!held) {
            return;
        }
        held = false;
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT pg_advisory_unlock(" + KEY_HIGH + ", " + KEY_LOW + ")")) {
            ps.execute();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the lock", e);
        }
    }
}
