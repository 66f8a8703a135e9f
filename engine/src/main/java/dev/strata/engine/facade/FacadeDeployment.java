package dev.strata.engine.facade;

import dev.strata.plan.Plan;
import dev.strata.plan.Step;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What the runtime does for facades around a plan's steps, inside the plan's transaction: before, it refuses to
 * drop the schema of a live version ({@link RetirementGuard}); after, it records the versions the plan deployed or
 * retired in {@code strata.facade_release} and gives every version in flight to its owner role
 * ({@link FacadeOwnership}).
 */
public final class FacadeDeployment {

    /** The planner's change kinds for a facade version's schema. */
    public static final String ADD = "add facade version";
    public static final String RETIRE = "retire facade version";

    private FacadeDeployment() {
    }

    /** {@code forward} false: the plan's steps were just reversed (a rollback). */
    public static void afterSteps(Connection connection, Plan plan, boolean forward) throws SQLException {
        FacadeReleases releases = new FacadeReleases(connection);
        for (Step step : plan.steps()) {
            boolean adds = step.change().equals(ADD);
            if (!adds && !step.change().equals(RETIRE)) {
                continue;
            }
            Optional<FacadeSchemas.FacadeVersion> version = FacadeSchemas.parse(step.object());
            if (version.isEmpty()) {
                continue;
            }
            if (adds == forward) {
                releases.deployed(version.get().facade(), version.get().version(), step.object());
            } else {
                releases.retired(version.get().facade(), version.get().version());
            }
        }
        for (FacadeRelease release : releases.all()) {
            if (!release.retired()) {
                FacadeOwnership.settle(connection, plan.coreSchema(), release.facade(), release.schema());
            }
        }
    }
}
