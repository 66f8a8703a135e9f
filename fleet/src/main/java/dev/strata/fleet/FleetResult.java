package dev.strata.fleet;

import java.util.List;
import java.util.Optional;

/**
 * What a fleet command did, ring by ring; {@code stoppedAt} names the ring that stopped the line (null when none
 * did). {@code command} is apply, plan or status.
 */
public record FleetResult(String command, String project, List<RingResult> rings, String stoppedAt) {

    public FleetResult {
        rings = List.copyOf(rings);
    }

    /** Every target's outcome, ring after ring. */
    public List<TargetOutcome> targets() {
        return rings.stream().flatMap(ring -> ring.targets().stream()).toList();
    }

    /** The first failure in rollout order: what decides the command's exit code. */
    public Optional<TargetOutcome> firstFailure() {
        return targets().stream().filter(TargetOutcome::failed).findFirst();
    }

    /** How many targets, over every ring, are in {@code state}. */
    public long count(TargetOutcome.State state) {
        return rings.stream().mapToLong(ring -> ring.count(state)).sum();
    }
}
