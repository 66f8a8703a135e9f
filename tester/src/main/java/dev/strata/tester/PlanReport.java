package dev.strata.tester;

import java.util.List;

/** The checks run for one plan, in the order they ran. */
public record PlanReport(String planId, List<CheckResult> checks) {

    public PlanReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return checks.stream().noneMatch(CheckResult::failed);
    }
}
