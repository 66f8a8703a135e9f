package dev.strata.engine.state;

/**
 * A plan currently in effect on the database, as history tells: applied and not rolled back since.
 * {@code incomplete} means its transactional part committed but deferred (non-transactional) steps remain.
 */
public record AppliedPlan(String planId, int sequence, String checksum, long historyId, boolean incomplete) {
}
