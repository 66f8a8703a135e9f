package dev.strata.engine.facade;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Refuses a plan (or the rollback of a plan) that would drop the schema of the live version of a facade: the
 * applications that follow the live role would lose their API. Another version must be promoted first.
 */
public final class RetirementGuard {

    private RetirementGuard() {
    }

    public static void check(Connection connection, Plan plan, boolean forward) throws SQLException {
        FacadeReleases releases = new FacadeReleases(connection);
        for (Step step : plan.steps()) {
            // going forward a retirement drops the schema; coming back, the reverse of a deployment does
            if (!step.deploysFacade(!forward)) {
                continue;
            }
            Optional<FacadeRelease> release = releases.bySchema(step.target().schema());
            if (release.isPresent() && release.get().live()) {
                throw refusal(plan, step, release.get(), forward);
            }
        }
    }

    private static StrataException refusal(Plan plan, Step step, FacadeRelease live, boolean forward) {
        String what = forward ? "Plan " + plan.id() + " retires " : "Rolling back plan " + plan.id() + " drops ";
        return new StrataException(new Problem(ProblemKind.INVALID, what + live.label() + " (step " + step.number()
                + ": DROP SCHEMA " + live.schema() + "), but " + live.label() + " is the live version of "
                + live.facade() + "; nothing was run.",
                "Promote another version first (strata promote " + live.facade() + " VERSION), so the live roles"
                        + " move to it, then run this again."));
    }
}
