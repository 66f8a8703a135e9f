package dev.strata.tester;

import java.util.ArrayList;
import java.util.List;

/** Everything one {@code strata test} run found: a report per plan, and warnings (data generation). */
public record TestReport(List<PlanReport> plans, List<String> warnings, long millis) {

    public TestReport {
        plans = List.copyOf(plans);
        warnings = List.copyOf(warnings);
    }

    public boolean passed() {
        return plans.stream().allMatch(PlanReport::passed);
    }

    public long failures() {
        return plans.stream().flatMap(p -> p.checks().stream()).filter(CheckResult::failed).count();
    }

    /** A readable table: plan, check, status, time, then each failure's message indented below its row. */
    public List<String> table() {
        int planWidth = Math.max(4, plans.stream().mapToInt(p -> p.planId().length()).max().orElse(4));
        int checkWidth = Math.max(5, plans.stream().flatMap(p -> p.checks().stream())
                .mapToInt(c -> c.name().length()).max().orElse(5));
        String format = "%-" + planWidth + "s  %-" + checkWidth + "s  %-7s %7s";
        var lines = new ArrayList<String>();
        lines.add(String.format(format, "plan", "check", "status", "time"));
        for (PlanReport plan : plans) {
            for (CheckResult check : plan.checks()) {
                lines.add(String.format(format, plan.planId(), check.name(), check.status().name().toLowerCase(),
                        check.millis() + " ms").stripTrailing());
                if (check.status() != CheckResult.Status.PASSED && !check.message().isEmpty()) {
                    check.message().lines().forEach(l -> lines.add("      " + l));
                }
            }
        }
        return lines;
    }
}
