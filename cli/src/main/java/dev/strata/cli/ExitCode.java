package dev.strata.cli;

import dev.strata.engine.errors.ProblemKind;

/**
 * The exit codes of the {@code strata} command, stable so that pipelines can branch on them. Documented in
 * docs/cli.md; keep the two in step.
 */
public enum ExitCode {
    /** The command did what was asked. */
    OK(0, "success"),
    /** The sources, plans or inputs have problems (compile errors, a broken plan chain, a check that failed). */
    VALIDATION(1, "validation problem: the sources, the plans or a check"),
    /** The command line itself is wrong: unknown command or option, missing argument. */
    USAGE(2, "usage error: an option, an argument or a directory"),
    /**
     * PostgreSQL reported an error while running a statement; nothing of the failing plan's transaction remains (a
     * step of its resumable phase, after the commit, stops where it failed and the next apply resumes it).
     */
    DATABASE(3, "database error: PostgreSQL rejected a statement"),
    /** The live schema does not match what the plans say it should be. */
    DRIFT(4, "drift: the live schema is not what the plans left"),
    /** Another runner held the target's lock for longer than --lock-wait. */
    LOCK_WAIT(5, "lock wait exceeded: another runner held the target's lock"),
    /** The database could not be reached or refused the login. */
    CONNECTION(6, "cannot connect to the database"),
    /** A bug in Strata: an unexpected internal error. Please report it with the message shown. */
    INTERNAL(70, "internal error: a bug in Strata");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** What the code means, in a few words, as docs/cli.md's table says it. */
    public String meaning() {
        return meaning;
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
