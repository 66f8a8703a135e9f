package dev.strata.engine;

import java.time.Duration;

/**
 * Which backups {@code backups prune} drops. By default only backups no rollback needs any more: restored ones,
 * and those of plans no longer applied. {@code olderThan} keeps younger ones; {@code includeLive} also drops backups
 * of applied plans (their rollback can then no longer restore the data).
 */
public record PruneRequest(Duration olderThan, boolean includeLive, boolean dryRun) {
}
