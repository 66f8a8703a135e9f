package dev.strata.engine.plans;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Refuses, before anything runs, plans that cannot be trusted: the chain's own problems
 * ({@link PlanChain#problems()}: checksums, every file of each plan, numbering, links, project), and a mismatch
 * between the plans this database has applied and the chain: the applied plans must be exactly its first ones,
 * unchanged.
 */
public final class ChainVerifier {

    private ChainVerifier() {
    }

    /** Every problem of the chain stops the command. */
    public static void require(PlanChain chain) {
        throwIfAny(chain.problems(), "The plans cannot be applied: they fail verification.");
    }

    /** Only the problems of the given plans (for a rollback: the applied ones) stop the command. */
    public static void require(PlanChain chain, Collection<String> planIds) {
        throwIfAny(chain.problemsOf(planIds), "The plans cannot be rolled back: they fail verification.");
    }

    /** Plans that cannot be read at all stop even read-only commands (status, facades). */
    public static void requireReadable(PlanChain chain) {
        throwIfAny(chain.problems().stream().filter(p -> p.kind() == PlanProblem.Kind.UNREADABLE).toList(),
                "Some plans cannot be read.");
    }

    /** Problems between the database's applied plans and the chain. */
    public static List<String> problems(PlanChain chain, List<AppliedPlan> applied, String databaseProject) {
        List<String> problems = new ArrayList<>();
        if (databaseProject != null && chain.project() != null && !databaseProject.equals(chain.project())) {
            problems.add("this database is managed by project '" + databaseProject + "', not '" + chain.project()
                    + "'");
            return problems;
        }
        List<Plan> plans = chain.plans();
        for (int index = 0; index < applied.size(); index++) {
            AppliedPlan done = applied.get(index);
            if (index >= plans.size() || !plans.get(index).id().equals(done.planId())) {
                problems.add("plan " + done.planId() + " is applied to this database but "
                        + (chain.byId(done.planId()).isPresent() ? "is not at position " + (index + 1)
                        + " of the chain" : "is missing from the migrations directory")
                        + "; restore it from version control");
                continue;
            }
            Plan plan = plans.get(index);
            if (!plan.checksum().equals(done.checksum())) {
                problems.add("plan " + plan.id() + " was changed after it was applied here (applied checksum "
                        + shortSum(done.checksum()) + ", file now " + shortSum(plan.checksum()) + "); applied"
                        + " plans are immutable: restore the original and put the change in a new plan");
            }
        }
        return problems;
    }

    public static void require(PlanChain chain, List<AppliedPlan> applied, String databaseProject) {
        List<String> problems = problems(chain, applied, databaseProject);
        if (!problems.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, "The plans do not match what this database"
                    + " has applied.", "  " + String.join("\n  ", problems)));
        }
    }

    private static void throwIfAny(List<PlanProblem> problems, String title) {
        if (!problems.isEmpty()) {
            throw new StrataException(new Problem(ProblemKind.INVALID, title, "  " + String.join("\n  ",
                    problems.stream().map(PlanProblem::line).toList()) + "\nNothing was run."));
        }
    }

    private static String shortSum(String checksum) {
        if (checksum == null) {
            return "none";
        }
        return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
    }
}
