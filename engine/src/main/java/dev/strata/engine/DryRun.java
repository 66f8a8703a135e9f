package dev.strata.engine;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import dev.strata.plan.sql.Sql;
import java.util.List;

/** The script an apply would run, as SQL with comments, in the order and grouping the runtime would use. */
final class DryRun {

    private DryRun() {
    }

    static String script(List<Plan> pending, String resumedPlan) {
        return script(pending, resumedPlan, false);
    }

    /** {@code offline}: each pending plan whole in its one transaction, as {@code apply --offline} runs it. */
    static String script(List<Plan> pending, String resumedPlan, boolean offline) {
        StringBuilder out = new StringBuilder();
        if (resumedPlan != null) {
            out.append("-- first, the remaining non-transactional steps of plan ").append(resumedPlan).append('\n');
        }
        for (Plan plan : pending) {
            out.append("-- plan ").append(plan.id()).append(" (").append(plan.steps().size()).append(" steps)\n");
            out.append(Sql.of("BEGIN").build()).append('\n');
            for (Step step : plan.steps()) {
                if (step.backup() != null) {
                    out.append("-- backup before step ").append(step.number()).append(" into strata_backup.")
                            .append(step.backup().table()).append('\n').append(terminated(step.backup().captureSql()));
                }
                if (offline) {
                    out.append(header(step)).append(terminated(step.sqlInOneTransaction()));
                } else if (!plan.deferred(step)) {
                    out.append(header(step)).append(terminated(step.sql()));
                }
            }
            out.append("-- history row for ").append(plan.id()).append(" is written here\n")
                    .append(Sql.of("COMMIT").build()).append('\n');
            for (Step step : plan.steps()) {
                if (!offline && plan.deferred(step)) {
                    out.append(header(step)).append(step.transactional() ? "-- (a later transaction, after the steps"
                            + " outside one before it)\n" : "-- (outside a transaction)\n").append(terminated(step.sql()));
                }
            }
        }
        return out.toString();
    }

    private static String header(Step step) {
        return "-- step " + step.number() + ": " + step.change() + " " + step.object() + " [lock "
                + step.lock().sql() + ", risk " + step.risk() + "]\n";
    }

    private static String terminated(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed + "\n" : trimmed + ";\n";
    }
}
