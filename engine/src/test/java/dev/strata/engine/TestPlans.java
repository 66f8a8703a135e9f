package dev.strata.engine;

import dev.strata.engine.plans.PlanSet;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import java.util.ArrayList;
import java.util.List;

/** Plans built in code with hand-written SQL, chained and sealed the way plan files are. */
public final class TestPlans {

    private TestPlans() {
    }

    public static Step step(int number, String sql, String reverseSql) {
        return new Step(number, "sql", "test.step" + number, sql, reverseSql, LockLevel.ACCESS_EXCLUSIVE, false,
                false, true, Risk.SAFE, null, false, null);
    }

    public static Step outsideTransaction(int number, String sql, String reverseSql) {
        return new Step(number, "create index", "test.step" + number, sql, reverseSql,
                LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true, false, Risk.SAFE, null, false, null);
    }

    public static Step withBackup(int number, String sql, String reverseSql, Backup backup) {
        return new Step(number, "drop column", backup.source(), sql, reverseSql, LockLevel.ACCESS_EXCLUSIVE,
                false, false, true, Risk.DESTRUCTIVE, backup, false, null);
    }

    public static Step irreversible(int number, String sql) {
        return new Step(number, "sql", "test.step" + number, sql, null, LockLevel.ACCESS_EXCLUSIVE, false, false,
                true, Risk.DESTRUCTIVE, null, true, null);
    }

    /** A chain of plans {@code 0001_p1}, {@code 0002_p2}, ... with the given steps, each sealed. */
    @SafeVarargs
    public static PlanSet chain(String project, List<Step>... stepsPerPlan) {
        List<Plan> plans = new ArrayList<>();
        Plan parent = null;
        for (int i = 0; i < stepsPerPlan.length; i++) {
            Plan plan = plan(project, i + 1, parent, stepsPerPlan[i]);
            plans.add(plan);
            parent = plan;
        }
        return new PlanSet(project, plans);
    }

    public static Plan plan(String project, int sequence, Plan parent, List<Step> steps) {
        String id = String.format("%04d_p%d", sequence, sequence);
        return PlanJson.seal(new Plan(Plan.FORMAT, id, sequence, "p" + sequence, project, "core",
                parent == null ? null : parent.id(), parent == null ? null : parent.checksum(), "model-" + (sequence - 1),
                "model-" + sequence, "test", false, List.of(), steps, null));
    }
}
