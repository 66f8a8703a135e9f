package dev.strata.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

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
 *
 * <p>{@code drops} are the objects the forward SQL drops, {@code reverseDrops} those the reverse SQL drops (a
 * rebuilt view is dropped by one step and created by the next, so the change and target alone do not say which):
 * before running either, the runtime looks for objects that would go with them ({@code DependentsGuard}). Both are
 * left out of plan.json when empty, so a plan written before they existed reads, and hashes, as it was written.
 *
 * <p>{@code backfill}, on a step that is not transactional, says the runtime fills a column in batches
 * ({@link Backfill}) instead of running {@code sql} as one statement ({@code sql} is then the same work as one
 * PostgreSQL statement, for people and for psql); left out of plan.json when null.
 *
 * <p>{@code offlineSql}, on a step that is not transactional because of a statement PostgreSQL runs only outside a
 * transaction block ({@code CREATE INDEX CONCURRENTLY}), is the same change as a statement that runs inside one: what
 * {@code strata apply --offline} runs, in the plan's one transaction. Null when {@code sql} runs in a transaction as
 * it is (a backfill's one UPDATE, a VALIDATE CONSTRAINT); left out of plan.json when null.
 */
public record Step(int number, String change, StepTarget target, String object, String sql, String reverseSql,
                   LockLevel lock, boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk,
                   Backup backup, Backup reverseBackup, boolean irreversible, String note,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StepTarget> drops,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<StepTarget> reverseDrops,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Backfill backfill,
                   @JsonInclude(JsonInclude.Include.NON_NULL) String offlineSql) {

    public Step {
        if (backfill != null && transactional) {
            throw new IllegalArgumentException("a backfill runs outside the plan's transaction");
        }
        drops = drops == null ? List.of() : List.copyOf(drops);
        reverseDrops = reverseDrops == null ? List.of() : List.copyOf(reverseDrops);
    }

    /** A step whose SQL runs in a transaction as it is, when it runs in one at all. */
    public Step(int number, String change, StepTarget target, String object, String sql, String reverseSql,
                LockLevel lock, boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk,
                Backup backup, Backup reverseBackup, boolean irreversible, String note, List<StepTarget> drops,
                List<StepTarget> reverseDrops, Backfill backfill) {
        this(number, change, target, object, sql, reverseSql, lock, rewritesTable, scansTable, transactional, risk,
                backup, reverseBackup, irreversible, note, drops, reverseDrops, backfill, null);
    }

    /** What {@code strata apply --offline} runs for this step, in the plan's one transaction. */
    public String sqlInOneTransaction() {
        return offlineSql != null ? offlineSql : sql;
    }

    /** A step that drops nothing either way (or whose drops are not recorded). */
    public Step(int number, String change, StepTarget target, String object, String sql, String reverseSql,
                LockLevel lock, boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk,
                Backup backup, Backup reverseBackup, boolean irreversible, String note) {
        this(number, change, target, object, sql, reverseSql, lock, rewritesTable, scansTable, transactional, risk,
                backup, reverseBackup, irreversible, note, List.of(), List.of(), null);
    }

    /** A step that is no backfill. */
    public Step(int number, String change, StepTarget target, String object, String sql, String reverseSql,
                LockLevel lock, boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk,
                Backup backup, Backup reverseBackup, boolean irreversible, String note, List<StepTarget> drops,
                List<StepTarget> reverseDrops) {
        this(number, change, target, object, sql, reverseSql, lock, rewritesTable, scansTable, transactional, risk,
                backup, reverseBackup, irreversible, note, drops, reverseDrops, null);
    }

    /** The same step, dropping {@code forward} when it runs and {@code reverse} when its reverse runs. */
    public Step dropping(List<StepTarget> forward, List<StepTarget> reverse) {
        return new Step(number, change, target, object, sql, reverseSql, lock, rewritesTable, scansTable,
                transactional, risk, backup, reverseBackup, irreversible, note, forward, reverse, backfill, offlineSql);
    }

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
