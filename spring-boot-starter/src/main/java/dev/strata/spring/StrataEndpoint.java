package dev.strata.spring;

import dev.strata.engine.Runner;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.facade.FacadeRelease;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.engine.state.AppliedPlan;
import dev.strata.engine.state.HistoryStore;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.core.env.Environment;

/**
 * {@code /actuator/strata}: the target's current plan (the last one applied, and whether it is unfinished), every
 * facade version the target knows with its state, and the version this application is pinned to. Read-only: it
 * reads the history and the facade releases, never takes the lock.
 */
@Endpoint(id = "strata")
public class StrataEndpoint {

    private final StrataProperties properties;
    private final DataSource dataSource;
    private final Environment environment;

    public StrataEndpoint(StrataProperties properties, DataSource dataSource, Environment environment) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.environment = environment;
    }

    /** What the endpoint shows. {@code currentPlan} is null before the first apply. */
    public record Report(String target, String currentPlan, boolean currentPlanUnfinished, String pinnedTo,
                         List<FacadeVersion> facades) {
    }

    /** One facade version: {@code in_flight}, {@code live} or {@code retired}. */
    public record FacadeVersion(String facade, int version, String schema, String state, Instant deployedAt,
                                Instant retiredAt) {
    }

    @ReadOperation
    public Report strata() {
        Target target = StrataTarget.of(properties, dataSource, environment);
        try (Database database = Database.connect(target, RunnerIdentity.current(), StrataStartup.CONNECT_TIMEOUT)) {
            Runner runner = new Runner(database, RunnerIdentity.current(), Reporter.silent());
            List<AppliedPlan> applied = HistoryStore.appliedPlans(runner.history());
            AppliedPlan current = applied.isEmpty() ? null : applied.get(applied.size() - 1);
            List<FacadeVersion> facades = runner.facades().stream().map(StrataEndpoint::version).toList();
            FacadePin pin = properties.pin();
            return new Report(target.display(), current == null ? null : current.planId(),
                    current != null && current.incomplete(), pin == null ? null : pin.toString(), facades);
        }
    }

    private static FacadeVersion version(FacadeRelease release) {
        return new FacadeVersion(release.facade(), release.version(), release.schema(), release.state(),
                release.deployedAt(), release.retiredAt());
    }
}
