package dev.strata.engine.facade;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the runtime does for facades around a plan's steps, inside the plan's transaction: before, it refuses to
 * drop the schema of a live version ({@link RetirementGuard}); after, it records the versions the plan deployed or
 * retired in {@code strata.facade_release} and gives every version in flight to its owner role
 * ({@link FacadeOwnership}). The versions come from the steps' targets.
 */
public final class FacadeDeployment {

    private FacadeDeployment() {
    }

    /** {@code forward} false: the plan's steps were just reversed (a rollback). */
    public static void afterSteps(Connection connection, Plan plan, boolean forward) throws SQLException {
        FacadeReleases releases = new FacadeReleases(connection);
        for (Step step : plan.steps()) {
            boolean adds = step.deploysFacade(true);
            if (!adds && !step.deploysFacade(false)) {
                continue;
            }
            StepTarget version = step.target();
            if (adds == forward) {
                releases.deployed(version.facade(), version.version(), version.schema());
            } else {
                releases.retired(version.facade(), version.version());
            }
        }
        settleOwnership(connection, plan);
    }

    /**
     * Gives what the steps just made in each facade version that is not retired to its owner role: after the plan's
     * first transaction ({@link #afterSteps}) and in each later one (views rebuilt with an online change's switch).
     */
    public static void settleOwnership(Connection connection, Plan plan) throws SQLException {
        for (FacadeRelease release : new FacadeReleases(connection).all()) {
            if (!release.retired()) {
                FacadeOwnership.settle(connection, plan.coreSchema(), release.facade(), release.schema());
            }
        }
    }
}
