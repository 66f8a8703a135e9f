package dev.strata.engine.state;

import java.time.Instant;

/**
 * One row of {@code strata.history}: an apply, rollback, failure or promote of one plan, or a recapture (the live
 * schema captured anew because the expected capture was of an older format; see
 * {@code DriftDetector}). Model fingerprints come from the plan; catalog fingerprints are
 * captures of the live schema before and after. An apply or rollback row is committed as {@code running} before
 * its transaction starts; {@code interrupted} marks one whose runner died before finishing ({@code runnerPid} on
 * {@code host} says which process that was).
 */
public record HistoryEntry(long id, String project, String action, String outcome, String planId, int planSequence,
                           String planChecksum, String modelFingerprintBefore, String modelFingerprintAfter,
                           String catalogFingerprintBefore, String catalogFingerprintAfter, Instant startedAt,
                           Instant finishedAt, Long durationMs, String dbUser, String osUser, String host,
                           String toolVersion, boolean allowDrift, boolean driftDetected, Integer failedStep,
                           String errorText, Long runnerPid) {

    public static final String APPLY = "apply";
    public static final String ROLLBACK = "rollback";
    public static final String RECAPTURE = "recapture";
    public static final String APPLIED = "applied";
    public static final String INCOMPLETE = "incomplete";
    public static final String ROLLED_BACK = "rolled_back";
    public static final String FAILED = "failed";
    public static final String RUNNING = "running";
    public static final String INTERRUPTED = "interrupted";

    public boolean failed() {
        return FAILED.equals(outcome);
    }

    public boolean interrupted() {
        return INTERRUPTED.equals(outcome);
    }

    /** This row as it is known to have ended: a running row whose runner is gone was interrupted. */
    public HistoryEntry interruptedNow() {
        return new HistoryEntry(id, project, action, INTERRUPTED, planId, planSequence, planChecksum,
                modelFingerprintBefore, modelFingerprintAfter, catalogFingerprintBefore, catalogFingerprintAfter,
                startedAt, finishedAt, durationMs, dbUser, osUser, host, toolVersion, allowDrift, driftDetected,
                failedStep, errorText == null ? HistoryStore.interruptedText(action) : errorText, runnerPid);
    }

    /** Who ran it: {@code pid 4242 on build-7}, or the host alone for rows of an older state. */
    public String runner() {
        return (runnerPid == null ? "" : "pid " + runnerPid + " on ") + host;
    }

    /** The line of the error text that quotes PostgreSQL, else its first line; empty without an error. */
    public String errorSummary() {
        if (errorText == null) {
            return "";
        }
        return errorText.lines().filter(line -> line.startsWith("PostgreSQL:")).findFirst()
                .orElse(errorText.lines().findFirst().orElse(""));
    }
}
