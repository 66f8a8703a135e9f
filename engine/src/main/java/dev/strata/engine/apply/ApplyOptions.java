package dev.strata.engine.apply;

import dev.strata.engine.facade.PublicPrivileges;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How an apply (or rollback) runs. {@code lockWait} bounds the wait for another runner's advisory lock;
 * {@code lockTimeout} is PostgreSQL's lock_timeout for each statement; a plan whose statement hits it
 * (SQLSTATE 55P03) is retried whole up to {@code lockRetries} more times, waiting about {@code retryBackoff}, then
 * twice that, and so on, each wait jittered so that runners retrying together do not collide again.
 * {@code statementTimeout} is PostgreSQL's statement_timeout for each statement (zero: none).
 * {@code exportBackupDir}, when set, receives a COPY file per backup table taken. {@code publicPrivileges} says
 * what an apply leaves {@code PUBLIC} of temporary tables and large objects (strata.toml {@code [database]}).
 * {@code maxLock} is the longest an apply may keep a table locked against writes, as estimated from the live table
 * sizes before it runs ({@link LockEstimate}); zero allows any. A backfill ({@link BackfillRunner}) fills
 * {@code backfillBatch} rows a transaction and waits {@code backfillDelay} between batches. {@code offline}
 * ({@code apply --offline}) runs each plan not started yet in one transaction, for a maintenance window.
 *
 * <p>The lock timeout is short by default: while a statement waits for an ACCESS EXCLUSIVE lock, every writer and
 * reader of the table queues behind it, so a long lock_timeout freezes the application that long on each retry; a
 * short one with more retries lets them through between tries (docs/runtime.md has the measurement).
 */
public record ApplyOptions(Duration lockWait, Duration lockTimeout, int lockRetries, Duration retryBackoff,
                           Duration statementTimeout, boolean allowDrift, boolean dryRun, Path exportBackupDir,
                           PublicPrivileges publicPrivileges, Duration maxLock, int backfillBatch,
                           Duration backfillDelay, boolean offline) {

    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMillis(500);
    public static final int DEFAULT_LOCK_RETRIES = 8;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_LOCK = Duration.ofSeconds(5);
    public static final int DEFAULT_BACKFILL_BATCH = 5_000;

    /**
     * The least lock_timeout of a step outside the transaction whose lock lets writers go on (SHARE UPDATE
     * EXCLUSIVE or weaker: VALIDATE CONSTRAINT, concurrent index builds and drops). Waiting for such a lock queues
     * no reader or writer behind it, so it may wait longer than {@link #lockTimeout()}; and it must outlast
     * PostgreSQL's deadlock_timeout (1 s by default), after which a waiting lock request cancels an autovacuum that
     * holds the table, as one does for minutes after a backfill rewrote every row.
     */
    public static final Duration NON_BLOCKING_LOCK_TIMEOUT = Duration.ofSeconds(10);

    /** The lock_timeout for a step outside the transaction that takes {@code lock}: see NON_BLOCKING_LOCK_TIMEOUT. */
    public Duration lockTimeoutOutside(dev.strata.plan.LockLevel lock) {
        return lock.blocksWrites() || lockTimeout.compareTo(NON_BLOCKING_LOCK_TIMEOUT) >= 0 ? lockTimeout
                : NON_BLOCKING_LOCK_TIMEOUT;
    }

    public static ApplyOptions defaults() {
        return new ApplyOptions(DEFAULT_LOCK_WAIT, DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_RETRIES, DEFAULT_RETRY_BACKOFF,
                Duration.ZERO, false, false, null, PublicPrivileges.unchanged(), DEFAULT_MAX_LOCK,
                DEFAULT_BACKFILL_BATCH, Duration.ZERO, false);
    }

    public ApplyOptions withLockWait(Duration wait) {
        return new ApplyOptions(wait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift, dryRun,
                exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withLockTimeout(Duration timeout, int retries, Duration backoff) {
        return new ApplyOptions(lockWait, timeout, retries, backoff, statementTimeout, allowDrift, dryRun,
                exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withStatementTimeout(Duration timeout) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, timeout, allowDrift, dryRun,
                exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withAllowDrift(boolean allow) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allow, dryRun,
                exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withDryRun(boolean dry) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift, dry,
                exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withExportBackupDir(Path dir) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift,
                dryRun, dir, publicPrivileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    public ApplyOptions withPublicPrivileges(PublicPrivileges privileges) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift,
                dryRun, exportBackupDir, privileges, maxLock, backfillBatch, backfillDelay, offline);
    }

    /** The same options with {@code max} as the longest estimated lock an apply accepts (zero: any). */
    public ApplyOptions withMaxLock(Duration max) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift,
                dryRun, exportBackupDir, publicPrivileges, max, backfillBatch, backfillDelay, offline);
    }

    /** The same options with backfills of {@code batch} rows a transaction, {@code delay} apart. */
    public ApplyOptions withBackfill(int batch, Duration delay) {
        if (batch < 1) {
            throw new IllegalArgumentException("a backfill batch holds at least one row");
        }
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift,
                dryRun, exportBackupDir, publicPrivileges, maxLock, batch, delay, offline);
    }

    /**
     * The same options with {@code offline}: each plan not started yet runs whole in one transaction (apply
     * --offline), its steps that would run outside it (backfills, validations, concurrent index builds) inside it,
     * a concurrent build as its plain form; nothing of a plan remains if any step fails.
     */
    public ApplyOptions withOffline(boolean inOneTransaction) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, statementTimeout, allowDrift,
                dryRun, exportBackupDir, publicPrivileges, maxLock, backfillBatch, backfillDelay, inOneTransaction);
    }

    /**
     * The wait before retry number {@code attempt} (1-based): backoff, 2 × backoff, 4 × backoff, capped at 30 s,
     * each between half and all of that (full jitter on the upper half).
     */
    public Duration backoffBefore(int attempt) {
        long millis = Math.min(retryBackoff.toMillis() << Math.min(attempt - 1, 10), 30_000);
        long half = millis / 2;
        return Duration.ofMillis(half + (half > 0 ? ThreadLocalRandom.current().nextLong(half + 1) : 0));
    }
}
