package dev.strata.fleet;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A fleet runner in its own JVM, for the test that kills it: applies {@link FleetRunnersTest#sleepy()} over the
 * fleet file {@code args[0]}. Exits 0 when no target failed, 1 otherwise.
 */
public final class FleetChild {

    private FleetChild() {
    }

    public static void main(String[] args) {
        FleetFile fleet = FleetFile.read(Path.of(args[0]));
        var rings = FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(),
                Duration.ofSeconds(10)));
        FleetResult result = new FleetRunner(rings, RunnerIdentity.current(), Reporter.to(System.out),
                Duration.ofSeconds(10)).apply(FleetRunnersTest.sleepy(), ApplyOptions.defaults());
        System.exit(result.firstFailure().isPresent() ? 1 : 0);
    }
}
