package dev.strata.engine.apply;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an apply (or rollback) runs. {@code lockWait} bounds the wait for another runner's advisory lock;
 * {@code lockTimeout} is PostgreSQL's lock_timeout for each statement; a plan whose statement hits it
 * (SQLSTATE 55P03) is retried whole up to {@code lockRetries} more times, waiting {@code retryBackoff}, then twice
 * that, and so on. {@code exportBackupDir}, when set, receives a COPY file per backup table taken.
 */
public record ApplyOptions(Duration lockWait, Duration lockTimeout, int lockRetries, Duration retryBackoff,
                           boolean allowDrift, boolean dryRun, Path exportBackupDir) {

    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_LOCK_RETRIES = 4;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofSeconds(1);

    public static ApplyOptions defaults() {
        return new ApplyOptions(DEFAULT_LOCK_WAIT, DEFAULT_LOCK_TIMEOUT, DEFAULT_LOCK_RETRIES, DEFAULT_RETRY_BACKOFF,
                false, false, null);
    }

    public ApplyOptions withLockWait(Duration wait) {
        return new ApplyOptions(wait, lockTimeout, lockRetries, retryBackoff, allowDrift, dryRun, exportBackupDir);
    }

    public ApplyOptions withLockTimeout(Duration timeout, int retries, Duration backoff) {
        return new ApplyOptions(lockWait, timeout, retries, backoff, allowDrift, dryRun, exportBackupDir);
    }

    public ApplyOptions withAllowDrift(boolean allow) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, allow, dryRun, exportBackupDir);
    }

    public ApplyOptions withDryRun(boolean dry) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, allowDrift, dry, exportBackupDir);
    }

    public ApplyOptions withExportBackupDir(Path dir) {
        return new ApplyOptions(lockWait, lockTimeout, lockRetries, retryBackoff, allowDrift, dryRun, dir);
    }

    /** The wait before retry number {@code attempt} (1-based): backoff, 2 × backoff, 4 × backoff, capped at 30 s. */
    public Duration backoffBefore(int attempt) {
        long millis = retryBackoff.toMillis() << Math.min(attempt - 1, 10);
        return Duration.ofMillis(Math.min(millis, 30_000));
    }
}
