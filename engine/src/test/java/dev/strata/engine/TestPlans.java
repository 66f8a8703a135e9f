package dev.strata.engine;

import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanJson;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.util.ArrayList;
import java.util.List;

/** Plans built in code with hand-written SQL, chained and sealed the way plan files are. */
public final class TestPlans {

    private TestPlans() {
    }

    public static Step step(int number, String sql, String reverseSql) {
        return new Step(number, "sql", generic(number), "test.step" + number, sql, reverseSql, LockLevel.ACCESS_EXCLUSIVE, false,
                false, true, Risk.SAFE, null, null, false, null);
    }

    /** A step PostgreSQL cannot run in a transaction: a concurrent index build, {@code index} in {@code schema}. */
    public static Step outsideTransaction(int number, String schema, String table, String index, String sql,
                                          String reverseSql) {
        return new Step(number, "add index", StepTarget.ofTable(StepTarget.Kind.INDEX, schema, table, index),
                schema + "." + index, sql, reverseSql,
                LockLevel.SHARE_UPDATE_EXCLUSIVE, false, true, false, Risk.SAFE, null, null, false, null);
    }

    public static Step withBackup(int number, String sql, String reverseSql, Backup backup) {
        return new Step(number, "drop column", generic(number), backup.source(), sql, reverseSql, LockLevel.ACCESS_EXCLUSIVE,
                false, false, true, Risk.DESTRUCTIVE, backup, null, false, null);
    }

    public static Step irreversible(int number, String sql) {
        return new Step(number, "sql", generic(number), "test.step" + number, sql, null, LockLevel.ACCESS_EXCLUSIVE, false, false,
                true, Risk.DESTRUCTIVE, null, null, true, null);
    }

    /** A chain of plans {@code 0001_p1}, {@code 0002_p2}, ... with the given steps, each sealed. */
    @SafeVarargs
    public static PlanChain chain(String project, List<Step>... stepsPerPlan) {
        List<Plan> plans = new ArrayList<>();
        Plan parent = null;
        for (int i = 0; i < stepsPerPlan.length; i++) {
            Plan plan = plan(project, i + 1, parent, stepsPerPlan[i]);
            plans.add(plan);
            parent = plan;
        }
        return PlanChain.of(project, plans);
    }

    /** The first plans of a chain, as a chain of their own. */
    public static PlanChain first(PlanChain chain, int count) {
        return PlanChain.of(chain.project(), chain.plans().subList(0, count));
    }

    private static StepTarget generic(int number) {
        return StepTarget.of(StepTarget.Kind.TABLE, "test", "step" + number);
    }

    public static Plan plan(String project, int sequence, Plan parent, List<Step> steps) {
        String id = String.format("%04d_p%d", sequence, sequence);
        return PlanJson.seal(new Plan(Plan.FORMAT, id, sequence, "p" + sequence, project, "core",
                parent == null ? null : parent.id(), parent == null ? null : parent.checksum(),
                parent == null ? "model-" + (sequence - 1) : parent.fingerprintAfter(),
                "model-" + sequence, "test", false, List.of(), steps, List.of(), null, null));
    }
}
