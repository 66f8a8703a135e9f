package dev.strata.fleet;

import java.time.Instant;
import java.util.List;

/**
 * What {@code strata fleet report} shows: every ring with its targets, each with where it stands (the status
 * command's outcome: state, current plan, pending plans, the last failure), its live facade versions, and its
 * recent applies and rollbacks from its own history (newest last), for the status page ({@link ReportPage}).
 */
public record FleetReport(String project, Instant generatedAt, List<RingReport> rings) {

    public FleetReport {
        rings = List.copyOf(rings);
    }

    /** One ring, in rollout order. */
    public record RingReport(String name, List<TargetReport> targets) {
        public RingReport {
            targets = List.copyOf(targets);
        }
    }

    /**
     * One target: its status, its live facade versions ({@code shop_api v3}) and its recent runs; {@code unread}
     * says why the versions and runs could not be read, when they could not (null otherwise).
     */
    public record TargetReport(TargetOutcome status, List<String> live, List<Run> runs, String unread) {
        public TargetReport {
            live = List.copyOf(live);
            runs = List.copyOf(runs);
        }
    }

    /** One apply or rollback of one plan on a target, as its history row says. */
    public record Run(String planId, String action, String outcome, Instant startedAt, Long durationMs) {
    }
}
