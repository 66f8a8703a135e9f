package dev.strata.compiler.planner;

import dev.strata.compiler.model.Model;
import dev.strata.plan.Plan;

/**
 * Proves a plan before {@code strata plan} writes it: run on a scratch database built from the earlier plans and
 * filled with data, compared with its model, rolled back and applied again (the command line supplies the prover;
 * the compiler cannot reach a database). The verdict goes into the plan's REVIEW.md, so a reviewer sees whether,
 * where and how the plan was proven, or that it was not.
 */
@FunctionalInterface
public interface PlanVerification {

    /** Runs nothing and writes nothing into the review: for plans made by code that proves them another way. */
    PlanVerification NONE = (plan, model) -> Verdict.passed(null);

    /** The plan was made with {@code --no-verify}: its review says so. */
    PlanVerification SKIPPED = (plan, model) -> Verdict.passed("**Not verified:** made with `strata plan"
            + " --no-verify`, so it was not run on a scratch database before it was written. `strata test` runs it"
            + " there.");

    /** The verdict on {@code plan}, made from the chain's last model to {@code model}. */
    Verdict verify(Plan plan, Model model);

    /**
     * {@code review}: the paragraph REVIEW.md gets (null: none); {@code failure}: what went wrong, the check and
     * PostgreSQL's message (null when it passed).
     */
    record Verdict(boolean passed, String review, String failure) {

        public static Verdict passed(String review) {
            return new Verdict(true, review, null);
        }

        public static Verdict failed(String failure) {
            return new Verdict(false, null, failure);
        }
    }
}
