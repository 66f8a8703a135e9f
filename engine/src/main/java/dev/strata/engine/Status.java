package dev.strata.engine;

import dev.strata.engine.drift.DriftReport;
import dev.strata.engine.state.BackfillProgress;
import dev.strata.engine.state.HistoryEntry;
import java.util.List;

/**
 * The state of a target: the current plan (null when none is applied), whether its non-transactional steps are
 * still pending, the plans not applied yet, drift, the last failure or interrupted attempt since the last success
 * (null if none), the attempt a runner is making now (null if none), and the backfills not finished (running now,
 * or stopped and resumed by the next apply).
 */
public record Status(String target, String currentPlan, boolean currentIncomplete, List<String> pendingPlans,
                     DriftReport drift, HistoryEntry lastFailure, HistoryEntry inProgress,
                     List<BackfillProgress> backfills) {

    public Status {
        pendingPlans = List.copyOf(pendingPlans);
        backfills = backfills == null ? List.of() : List.copyOf(backfills);
    }
}
