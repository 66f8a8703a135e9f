package dev.strata.plan;

/**
 * One ordered step of a plan. {@code sql} runs forward; {@code reverseSql} undoes it (and restores from
 * {@code backup} when there is one). {@code change} is the kind of change that caused it
 * ({@code "add column"}); {@code target} what it touches, typed; {@code object} the same in words for people
 * ({@code core.customer.email}).
 * {@code transactional} false means PostgreSQL cannot run it inside a transaction block (for example
 * {@code CREATE INDEX CONCURRENTLY}); the runtime runs such steps in a separate phase.
 *
 * <p>{@code lock} is the strongest lock the forward SQL takes on an object that existed before it ({@code NONE}
 * for objects the plan creates). {@code sql} and {@code reverseSql} may hold several statements, separated by
 * newlines, each ending with a semicolon; a reverse may be only a comment (roles are never dropped). Verbatim SQL
 * from the sources may name core objects without a schema: run every step with
 * {@code search_path} set to the plan's core schema, then {@code public} ({@link SqlScripts#searchPathSql}).
 * {@code irreversible} means the reverse restores the shape but not the data (accepted data loss).
 * {@code reverseBackup} is what the reverse would destroy (the values of an added column, the rows of a created
 * table): taken in the rollback's transaction before the reverse runs, and restored when the plan is applied again,
 * so a rollback keeps the data written since the apply.
 */
public record Step(int number, String change, StepTarget target, String object, String sql, String reverseSql,
                   LockLevel lock, boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk,
                   Backup backup, Backup reverseBackup, boolean irreversible, String note) {

    /** The change of a step that creates the schema of a facade version. */
    public static final String ADD_FACADE_VERSION = "add facade version";
    /** The change of a step that drops the schema of a facade version. */
    public static final String RETIRE_FACADE_VERSION = "retire facade version";

    /** Whether this step creates ({@code adds}) or drops the schema of a facade version. */
    public boolean deploysFacade(boolean adds) {
        return target != null && target.kind() == StepTarget.Kind.FACADE_VERSION
                && change.equals(adds ? ADD_FACADE_VERSION : RETIRE_FACADE_VERSION);
    }
}
