package dev.strata.cli;

import dev.strata.engine.errors.ProblemKind;

/**
 * The exit codes of the {@code strata} command, stable so that pipelines can branch on them. Documented in
 * docs/cli.md; keep the two in step.
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0),
    /** The sources, plans or inputs have problems (compile errors, a broken plan chain, a check that failed). */
    VALIDATION(1),
    /** The command line itself is wrong: unknown command or option, missing argument. */
    USAGE(2),
    /** PostgreSQL reported an error while running a statement; nothing of the failing plan remains. */
    DATABASE(3),
    /** The live schema does not match what the plans say it should be. */
    DRIFT(4),
    /** Another runner held the target's lock for longer than --lock-wait. */
    LOCK_WAIT(5),
    /** The database could not be reached or refused the login. */
    CONNECTION(6),
    /** A bug in Strata: an unexpected internal error. Please report it with the message shown. */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The exit code of a kind of runtime problem: the one place the runtime's kinds meet the command line's codes. */
    public static ExitCode of(ProblemKind kind) {
        switch (kind) {
            case INVALID:
                return VALIDATION;
            case USAGE:
                return USAGE;
            case DRIFT:
                return DRIFT;
            case LOCK_WAIT:
                return LOCK_WAIT;
            case CONNECTION:
                return CONNECTION;
            default:
                return DATABASE;
        }
    }
}
