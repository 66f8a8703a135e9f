package dev.strata.runtime.errors;

/**
 * The process exit codes of the {@code strata} command, the one place they are defined. Pipelines branch on them,
 * so a code never changes meaning once released (documented in docs/cli.md, section "Exit codes").
 */
public enum ExitCode {
    /** The command did what was asked (including "nothing to apply"). */
    OK(0),
    /** Sources or plans are invalid: compile errors, an edited or missing plan, a plan of another project. */
    INVALID(1),
    /** The command line itself is wrong: unknown option, missing argument. */
    USAGE(2),
    /** PostgreSQL reported an error while running a plan or reading state; nothing of the failed plan remains. */
    DATABASE(3),
    /** The live schema differs from what the last apply left; nothing was run. */
    DRIFT(4),
    /** Another runner held the target's lock longer than {@code --lock-wait}; nothing was run. */
    LOCK_WAIT(5),
    /** The database could not be reached or refused the login (host, password, missing database). */
    CONNECTION(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
