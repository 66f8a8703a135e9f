package dev.strata.engine.plans;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks, before anything runs, that the plans can be trusted: each checksum matches its contents, every plan
 * belongs to this project, the chain has no gap (sequences 1..n, each naming its parent and the parent's checksum),
 * and the plans the database has applied are exactly the first ones of the chain, unchanged.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** Problems within the plan files alone. */
    public static List<String> problems(PlanSet set) {
        List<String> problems = new ArrayList<>();
        Plan previous = null;
        for (int index = 0; index < set.plans().size(); index++) {
            Plan plan = set.plans().get(index);
            checkPlan(set.project(), plan, problems);
            checkLink(previous, plan, index + 1, problems);
            previous = plan;
        }
        return problems;
    }

    /** Problems between the database's applied plans and the plan files. */
    public static List<String> problems(PlanSet set, List<AppliedPlan> applied, String databaseProject) {
        List<String> problems = new ArrayList<>();
        if (databaseProject != null && set.project() != null && !databaseProject.equals(set.project())) {
            problems.add("this database is managed by project '" + databaseProject + "', not '" + set.project()
                    + "'");
            return problems;
        }
        for (int index = 0; index < applied.size(); index++) {
            AppliedPlan done = applied.get(index);
            if (index >= set.plans().size() || !set.plans().get(index).id().equals(done.planId())) {
                problems.add("plan " + done.planId() + " is applied to this database but "
                        + (set.byId(done.planId()).isPresent() ? "is not at position " + (index + 1)
                        + " of the chain" : "is missing from the migrations directory")
                        + "; restore it from version control");
                continue;
            }
            Plan plan = set.plans().get(index);
            if (!plan.checksum().equals(done.checksum())) {
                problems.add("plan " + plan.id() + " was changed after it was applied here (applied checksum "
                        + shortSum(done.checksum()) + ", file now " + shortSum(plan.checksum()) + "); applied"
                        + " plans are immutable: restore the original and put the change in a new plan");
            }
        }
        return problems;
    }

    public static void require(PlanSet set) {
        throwIfAny(problems(set), "The plans cannot be applied: they fail verification.");
    }

    public static void require(PlanSet set, List<AppliedPlan> applied, String databaseProject) {
        throwIfAny(problems(set, applied, databaseProject),
                "The plans do not match what this database has applied.");
    }

    private static void checkPlan(String project, Plan plan, List<String> problems) {
        if (plan.format() != Plan.FORMAT) {
            problems.add(plan.id() + ": plan format " + plan.format() + " is not the supported format "
                    + Plan.FORMAT);
        }
        String actual = PlanJson.checksum(plan);
        if (!actual.equals(plan.checksum())) {
            problems.add(plan.id() + ": checksum mismatch, the plan was edited after it was written (recorded "
                    + shortSum(plan.checksum()) + ", contents hash to " + shortSum(actual) + "); regenerate it with"
                    + " strata plan instead of editing it");
        }
        if (project != null && !project.equals(plan.project())) {
            problems.add(plan.id() + ": belongs to project '" + plan.project() + "', this is project '" + project
                    + "'");
        }
    }

    private static void checkLink(Plan previous, Plan plan, int expectedSequence, List<String> problems) {
        if (plan.sequence() != expectedSequence) {
            problems.add(plan.id() + ": has sequence " + plan.sequence() + " but the chain expects "
                    + expectedSequence + (previous == null ? " (the first plan)" : " after " + previous.id())
                    + "; a plan is missing");
            return;
        }
        String expectedParent = previous == null ? null : previous.id();
        String expectedParentChecksum = previous == null ? null : previous.checksum();
        if (!Objects.equals(expectedParent, plan.parent())) {
            problems.add(plan.id() + ": names parent " + plan.parent() + " but follows "
                    + (previous == null ? "nothing" : previous.id()));
        } else if (previous != null && !Objects.equals(expectedParentChecksum, plan.parentChecksum())) {
            problems.add(plan.id() + ": was planned on a different version of " + previous.id()
                    + " (parent checksum " + shortSum(plan.parentChecksum()) + ", file has "
                    + shortSum(previous.checksum()) + ")");
        }
    }

    private static void throwIfAny(List<String> problems, String title) {
        if (!problems.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, title, "  " + String.join("\n  ", problems)));
        }
    }

    private static String shortSum(String checksum) {
        if (checksum == null) {
            return "none";
        }
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
