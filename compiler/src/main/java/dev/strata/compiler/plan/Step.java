package dev.strata.compiler.plan;

/**
 * One ordered step of a plan. {@code sql} runs forward; {@code reverseSql} undoes it (and restores from
 * {@code backup} when there is one). {@code change} is the kind of change that caused it
 * ({@code "add column"}), {@code object} what it touches ({@code core.customer.email}).
 * {@code transactional} false means PostgreSQL cannot run it inside a transaction block (for example
 * {@code CREATE INDEX CONCURRENTLY}); the runtime runs such steps in a separate phase.
 */
public record Step(int number, String change, String object, String sql, String reverseSql, LockLevel lock,
                   boolean rewritesTable, boolean scansTable, boolean transactional, Risk risk, Backup backup,
                   boolean irreversible, String note) {
}
