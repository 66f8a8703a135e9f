package dev.strata.fleet;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import dev.strata.testkit.TestDatabases;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runners that die or run side by side: the fleet's state is each target's own history and lock. */
class FleetRunnersTest {

    @TempDir
    Path directory;

    @AfterEach
    void dropTheFleet() throws Exception {
        FleetDatabases.dropAll();
    }

    private static final String RINGS = """
            [[ring]]
            name = "canary"
            select = ["*"]
            limit = 2

            [[ring]]
            name = "rest"
            select = ["*"]
            parallelism = 2
            """;

    /** Two plans, each sleeping half a second inside its transaction, so runners overlap and can be killed mid-plan. */
    static PlanChain sleepy() {
        return chain("fleet",
                List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                        step(2, "CREATE TABLE core.customer (id int PRIMARY KEY)", "DROP TABLE core.customer"),
                        step(3, "SELECT pg_sleep(0.5)", "SELECT 1")),
                List.of(step(1, "ALTER TABLE core.customer ADD COLUMN note text",
                        "ALTER TABLE core.customer DROP COLUMN note"), step(2, "SELECT pg_sleep(0.5)", "SELECT 1")));
    }

    private static FleetRunner runner(Path file) {
        FleetFile fleet = FleetFile.read(file);
        var rings = FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(),
                Duration.ofSeconds(10)));
        return new FleetRunner(rings, RunnerIdentity.current(), Reporter.silent(), Duration.ofSeconds(10));
    }

    @Test
    void twoRunnersOnOneFleetNeverApplyAPlanTwice() throws Exception {
        List<Target> targets = FleetDatabases.create("pair", 8);
        Path file = FleetDatabases.write(directory, "pair", RINGS);

        var first = CompletableFuture.supplyAsync(() -> runner(file).apply(sleepy(), ApplyOptions.defaults()));
        var second = CompletableFuture.supplyAsync(() -> runner(file).apply(sleepy(), ApplyOptions.defaults()));
        FleetResult one = first.get(5, TimeUnit.MINUTES);
        FleetResult two = second.get(5, TimeUnit.MINUTES);

        assertThat(one.firstFailure()).isEmpty();
        assertThat(two.firstFailure()).isEmpty();
        for (Target target : targets) {
            assertThat(FleetDatabases.applies(target, "0001_p1")).containsExactly("applied");
            assertThat(FleetDatabases.applies(target, "0002_p2")).containsExactly("applied");
        }
        // each target was applied by exactly one of the two; the other found it current (it waited for the lock)
        List<TargetOutcome> a = one.targets();
        List<TargetOutcome> b = two.targets();
        for (int i = 0; i < a.size(); i++) {
            assertThat(List.of(a.get(i).state(), b.get(i).state())).as(a.get(i).target())
                    .containsExactlyInAnyOrder(TargetOutcome.State.APPLIED, TargetOutcome.State.CURRENT);
        }
    }

    @Test
    void aKilledRunnerLeavesEveryTargetWholeAndTheNextRunContinues() throws Exception {
        List<Target> targets = FleetDatabases.create("killed", 6);
        Path file = FleetDatabases.write(directory, "killed", RINGS);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FleetChild.class.getName(), file.toString())
                .redirectErrorStream(true).redirectOutput(new File("target/fleet-child.log")).start();
        try {
            // kill it while it works on the second ring: the canaries done, a later target inside a plan
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!inAPlan(targets.subList(2, targets.size()))) {
                assertThat(System.nanoTime()).as("the child reaches the second ring").isLessThan(deadline);
                assertThat(child.isAlive()).as("the child is still running").isTrue();
                Thread.sleep(50);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(FleetDatabases.applies(targets.get(0), "0002_p2")).containsExactly("applied");
        assertThat(targets.stream().filter(target -> {
            try {
                return !FleetDatabases.applies(target, "0002_p2").contains("applied");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).count()).as("targets the killed runner did not finish").isGreaterThan(0);

        FleetResult next = runner(file).apply(sleepy(), ApplyOptions.defaults());

        assertThat(next.firstFailure()).isEmpty();
        assertThat(next.rings().get(0).targets()).extracting(TargetOutcome::state)
                .containsOnly(TargetOutcome.State.CURRENT);
        for (Target target : targets) {
            for (String plan : List.of("0001_p1", "0002_p2")) {
                List<String> outcomes = FleetDatabases.applies(target, plan);
                // the killed attempt, if any, is on record as interrupted; the plan was applied exactly once
                assertThat(outcomes).as(target.database() + " " + plan).containsOnlyOnce("applied");
                assertThat(outcomes).as(target.database() + " " + plan).isSubsetOf("applied", "interrupted");
            }
        }
        long interrupted = 0;
        for (Target target : targets) {
            interrupted += TestDatabases.query(target.jdbcUrl(), "SELECT 1 FROM strata.history"
                    + " WHERE outcome = 'interrupted'").size();
        }
        assertThat(interrupted).as("the apply the kill cut short is recorded").isGreaterThanOrEqualTo(1);
    }

    /** Whether a runner sleeps inside a plan on one of {@code targets}. */
    private static boolean inAPlan(List<Target> targets) throws Exception {
        for (Target target : targets) {
            if (!TestDatabases.query(target.jdbcUrl(), "SELECT 1 FROM pg_stat_activity WHERE datname ="
                    + " current_database() AND query LIKE 'SELECT pg_sleep%' AND pid <> pg_backend_pid()").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
