package dev.strata.engine.errors;

/**
 * What kind of problem stopped a runtime operation. The command line maps each kind to its exit code (the codes
 * themselves are the command line's, documented in docs/cli.md).
 */
public enum ProblemKind {
    /** Plans are invalid: an edited or missing plan, a plan of another project, an irreversible rollback. */
    INVALID,
    /** The request itself is wrong: a malformed URL, an unusable PGHOST. */
    USAGE,
    /** PostgreSQL reported an error while running a plan or reading state; nothing of the failed plan remains. */
    DATABASE,
    /** The live schema differs from what the last apply left; nothing was run. */
    DRIFT,
    /** Another runner held the target's lock longer than the allowed wait; nothing was run. */
    LOCK_WAIT,
    /** The database could not be reached or refused the login (host, password, missing database). */
    CONNECTION
}
