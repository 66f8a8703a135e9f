package dev.strata.fleet;

import dev.strata.engine.errors.ProblemKind;
import java.util.List;

/**
 * What one fleet command did to, or found on, one target: its ring and name, the target without its password, its
 * {@link State}, the plans applied in this run (or pending, for plan and status), the plan it stands at, how long it
 * took, and for a failure its kind (null for an internal error) and message.
 */
public record TargetOutcome(String ring, String target, String display, State state, List<String> plans,
                            String resumed, String currentPlan, long durationMs, ProblemKind failureKind,
                            String failure) {

    public TargetOutcome {
        plans = List.copyOf(plans);
    }

    /** Where a target stands after a fleet command. */
    public enum State {
        /** apply: plans were applied (or an unfinished plan was finished) in this run. */
        APPLIED,
        /** rollback: plans were rolled back in this run. */
        ROLLED_BACK,
        /** promote: the facade version was made live in this run. */
        PROMOTED,
        /** Nothing to do: the target has every plan (rollback: none after the sequence; promote: already live). */
        CURRENT,
        /** plan and status: plans are still to be applied. */
        PENDING,
        /** status: a runner holds the target's lock and is applying or rolling back now. */
        RUNNING,
        /** status: the live schema differs from what the last apply left. */
        DRIFTED,
        /**
         * status: the last attempt on the target failed or was interrupted and nothing succeeded since (shown, not a
         * failure of the status command itself).
         */
        LAST_ATTEMPT_FAILED,
        /** The command failed on the target (connection, plans, drift, lock, a statement); see the failure. */
        FAILED,
        /** apply: the ring's health check did not return true on the target. */
        UNHEALTHY,
        /** apply: the ring stopped (on-failure = stop) before this target was started. */
        SKIPPED,
        /** apply: an earlier ring stopped the line; the target was not connected to. */
        UNTOUCHED
    }

    /** Whether the run changed the target (what makes its ring bake). */
    public boolean changed() {
        return state == State.APPLIED || state == State.ROLLED_BACK || state == State.PROMOTED;
    }

    public boolean failed() {
        return state == State.FAILED || state == State.UNHEALTHY;
    }

    static TargetOutcome untouched(String ring, FleetTarget target, State state) {
        return new TargetOutcome(ring, target.name(), target.target().display(), state, List.of(), null, null, 0,
                null, null);
    }
}
