package dev.strata.fleet;

import java.time.Duration;
import java.util.List;

/**
 * One ring of a fleet command: its name, its targets' outcomes in target order, how long it baked (zero when it
 * changed nothing or has no bake time), whether its health check ran, and whether it stopped the line.
 */
public record RingResult(String name, List<TargetOutcome> targets, Duration baked, boolean healthChecked,
                         boolean stoppedTheLine) {

    public RingResult {
        targets = List.copyOf(targets);
    }

    /** How many of the ring's targets are in {@code state}. */
    public long count(TargetOutcome.State state) {
        return targets.stream().filter(target -> target.state() == state).count();
    }
}
