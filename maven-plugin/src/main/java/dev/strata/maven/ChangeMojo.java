package dev.strata.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that changes the target (apply, rollback): the lock, timeout and drift options of those commands. */
abstract class ChangeMojo extends TargetMojo {

    /** How long to wait for another runner's lock on the target, e.g. {@code 30s}. */
    @Parameter(property = "strata.lockWait")
    String lockWait;

    /** PostgreSQL's {@code lock_timeout} for each statement, e.g. {@code 500ms}. */
    @Parameter(property = "strata.lockTimeout")
    String lockTimeout;

    /** How many times a plan is retried after a lock timeout. */
    @Parameter(property = "strata.lockRetries")
    Integer lockRetries;

    /** PostgreSQL's {@code statement_timeout} for each statement, e.g. {@code 10m}. */
    @Parameter(property = "strata.statementTimeout")
    String statementTimeout;

    /** Run even when the live schema drifted from what the last apply left; recorded in the target's history. */
    @Parameter(property = "strata.allowDrift", defaultValue = "false")
    boolean allowDrift;

    /** Print the result as JSON on standard output (into the log). */
    @Parameter(property = "strata.json", defaultValue = "false")
    boolean json;

    void change(List<String> args) {
        target(args);
        option(args, "lock-wait", lockWait);
        option(args, "lock-timeout", lockTimeout);
        option(args, "lock-retries", lockRetries);
        option(args, "statement-timeout", statementTimeout);
        flag(args, "allow-drift", allowDrift);
        flag(args, "json", json);
    }
}
