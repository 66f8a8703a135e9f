package dev.strata.fleet;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.Target;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of databases on the test kit's one PostgreSQL server, rolled out in three rings. The number is
 * 200 databases; the default suite uses {@value #DEFAULT_TARGETS} to keep its time (creating a database on this
 * server takes tens of milliseconds, and every target's apply captures its catalog), and
 * {@code -Dstrata.fleet.targets=200} runs the rollout test with the full count.
 */
class FleetRolloutTest {

    static final int DEFAULT_TARGETS = 24;

    @TempDir
    Path directory;

    @AfterEach
    void dropTheFleet() throws Exception {
        FleetDatabases.dropAll();
    }

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final List<Duration> bakes = Collections.synchronizedList(new ArrayList<>());

    static PlanChain plans() {
        return chain("fleet",
                List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                        step(2, "CREATE TABLE core.customer (id int PRIMARY KEY)", "DROP TABLE core.customer")),
                List.of(step(1, "ALTER TABLE core.customer ADD COLUMN note text",
                        "ALTER TABLE core.customer DROP COLUMN note")));
    }

    private static final String RINGS = """
            [[ring]]
            name = "canary"
            select = ["*"]
            limit = 2
            bake = "90s"
            health = "SELECT count(*) = 0 FROM core.customer"

            [[ring]]
            name = "early"
            select = ["*"]
            limit = 6
            parallelism = 3
            bake = "5m"

            [[ring]]
            name = "all"
            select = ["*"]
            parallelism = 4
            """;

    private FleetRunner runner(Path file) {
        FleetFile fleet = FleetFile.read(file);
        var rings = FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(),
                Duration.ofSeconds(10)));
        return new FleetRunner(rings, RunnerIdentity.current(), new Reporter() {
            @Override
            public void info(String line) {
                log.add(line);
            }

            @Override
            public void warn(String line) {
                log.add("warning: " + line);
            }
        }, Duration.ofSeconds(10), bakes::add);
    }

    @Test
    void threeRingsRollOutInOrderAndASecondRunFindsNothingToDo() throws Exception {
        int count = Integer.getInteger("strata.fleet.targets", DEFAULT_TARGETS);
        long creating = System.nanoTime();
        List<Target> targets = FleetDatabases.create("rings", count);
        long createdMs = (System.nanoTime() - creating) / 1_000_000;
        Path file = FleetDatabases.write(directory, "rings", RINGS);

        long applying = System.nanoTime();
        FleetResult result = runner(file).apply(plans(), ApplyOptions.defaults());
        long appliedMs = (System.nanoTime() - applying) / 1_000_000;
        System.out.println("fleet of " + count + " databases: created in " + createdMs + " ms, rolled out in "
                + appliedMs + " ms");

        assertThat(result.stoppedAt()).as(String.join("\n", log)).isNull();
        assertThat(result.rings()).extracting(RingResult::name).containsExactly("canary", "early", "all");
        assertThat(result.rings()).extracting(ring -> ring.targets().size()).containsExactly(2, 6, count - 8);
        assertThat(result.count(TargetOutcome.State.APPLIED)).isEqualTo(count);
        assertThat(result.targets()).extracting(TargetOutcome::currentPlan).containsOnly("0002_p2");
        assertThat(result.rings().get(0).healthChecked()).isTrue();
        assertThat(bakes).containsExactly(Duration.ofSeconds(90), Duration.ofMinutes(5));
        for (Target target : targets) {
            assertThat(FleetDatabases.applies(target, "0001_p1")).containsExactly("applied");
            assertThat(FleetDatabases.applies(target, "0002_p2")).containsExactly("applied");
        }
        // ring after ring: every target of a ring finished before any target of the next ring started
        for (int ring = 0; ring + 1 < result.rings().size(); ring++) {
            long lastFinished = 0;
            for (TargetOutcome outcome : result.rings().get(ring).targets()) {
                lastFinished = Math.max(lastFinished, FleetDatabases.finished(target(targets, outcome), "0002_p2"));
            }
            for (TargetOutcome outcome : result.rings().get(ring + 1).targets()) {
                assertThat(FleetDatabases.started(target(targets, outcome), "0001_p1"))
                        .isGreaterThanOrEqualTo(lastFinished);
            }
        }

        bakes.clear();
        FleetResult again = runner(file).apply(plans(), ApplyOptions.defaults());
        assertThat(again.count(TargetOutcome.State.CURRENT)).isEqualTo(count);
        assertThat(bakes).as("nothing changed, so no ring bakes").isEmpty();
        assertThat(again.rings().get(0).healthChecked()).isTrue();
    }

    @Test
    void aPlanFailingOnOneCanaryStopsTheLineAndTheNextRunContinues() throws Exception {
        List<Target> targets = FleetDatabases.create("stop", 10);
        Path file = FleetDatabases.write(directory, "stop", RINGS);
        // the second canary already has a schema core: the first plan's CREATE SCHEMA core fails there
        Target broken = targets.get(1);
        TestDatabases.execute(broken.jdbcUrl(), "CREATE SCHEMA core");

        FleetResult result = runner(file).apply(plans(), ApplyOptions.defaults());

        assertThat(result.stoppedAt()).isEqualTo("canary");
        assertThat(result.rings().get(0).targets()).extracting(TargetOutcome::state)
                .containsExactly(TargetOutcome.State.APPLIED, TargetOutcome.State.FAILED);
        assertThat(result.firstFailure().orElseThrow().failure()).contains("schema \"core\" already exists");
        assertThat(result.rings().get(0).healthChecked()).isFalse();
        assertThat(bakes).isEmpty();
        assertThat(result.count(TargetOutcome.State.UNTOUCHED)).isEqualTo(8);
        for (Target untouched : targets.subList(2, targets.size())) {
            assertThat(FleetDatabases.hasState(untouched)).as(untouched.database() + " was never changed").isFalse();
        }
        assertThat(FleetDatabases.applies(broken, "0001_p1")).containsExactly("failed");

        TestDatabases.execute(broken.jdbcUrl(), "DROP SCHEMA core");
        FleetResult resumed = runner(file).apply(plans(), ApplyOptions.defaults());

        assertThat(resumed.stoppedAt()).isNull();
        assertThat(resumed.rings().get(0).targets()).extracting(TargetOutcome::state)
                .containsExactly(TargetOutcome.State.CURRENT, TargetOutcome.State.APPLIED);
        assertThat(resumed.count(TargetOutcome.State.APPLIED)).isEqualTo(9);
        assertThat(FleetDatabases.applies(targets.get(0), "0001_p1")).containsExactly("applied");
        assertThat(FleetDatabases.applies(broken, "0001_p1")).containsExactly("failed", "applied");
        for (Target target : targets.subList(2, targets.size())) {
            assertThat(FleetDatabases.applies(target, "0002_p2")).containsExactly("applied");
        }
    }

    @Test
    void aFailingHealthCheckStopsTheLine() throws Exception {
        List<Target> targets = FleetDatabases.create("health", 4);
        Path file = FleetDatabases.write(directory, "health", """
                [[ring]]
                name = "canary"
                select = ["*"]
                limit = 1
                health = "SELECT count(*) > 0 FROM core.customer"

                [[ring]]
                name = "rest"
                select = ["*"]
                """);

        FleetResult result = runner(file).apply(plans(), ApplyOptions.defaults());

        assertThat(result.stoppedAt()).isEqualTo("canary");
        TargetOutcome canary = result.rings().get(0).targets().get(0);
        assertThat(canary.state()).isEqualTo(TargetOutcome.State.UNHEALTHY);
        assertThat(canary.failure()).isEqualTo("health check failed: it returned false, not true");
        assertThat(result.rings().get(1).targets()).extracting(TargetOutcome::state)
                .containsOnly(TargetOutcome.State.UNTOUCHED);
        assertThat(FleetDatabases.hasState(targets.get(3))).isFalse();

        // the check runs read-only: one that writes fails, and writes nothing
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("SELECT count(*) > 0 FROM"
                + " core.customer", "WITH added AS (INSERT INTO core.customer VALUES (1) RETURNING 1)"
                + " SELECT true FROM added"));
        FleetResult writing = runner(file).apply(plans(), ApplyOptions.defaults());
        assertThat(writing.rings().get(0).targets().get(0).failure())
                .contains("in a read-only transaction (SQLSTATE 25006)");
        assertThat(TestDatabases.query(targets.get(0).jdbcUrl(), "SELECT count(*) FROM core.customer"))
                .containsExactly("0");
    }

    @Test
    void aHealthCommandGetsItsTargetAndOneThatExitsNonZeroStopsTheLine() throws Exception {
        List<Target> targets = FleetDatabases.create("healthcmd", 4);
        Path file = FleetDatabases.write(directory, "healthcmd", """
                [[ring]]
                name = "canary"
                select = ["*"]
                limit = 1
                health-command = ["./check-orders.sh", "--since", "10m"]

                [[ring]]
                name = "rest"
                select = ["*"]
                """);
        // what an operator's check looks like: it reads the target from its environment and asks something else
        // (here a file standing for the error rate of the application on that database)
        Path script = directory.resolve("check-orders.sh");
        java.nio.file.Files.writeString(script, """
                #!/bin/sh
                echo "$STRATA_RING $STRATA_TARGET $PGDATABASE $PGUSER $PGHOST $1 $2" >> seen.txt
                if [ -e failing ]; then
                  echo "checking orders of $STRATA_TARGET"
                  echo "error rate 12% over the last $2" >&2
                  exit 3
                fi
                """);
        java.nio.file.Files.setPosixFilePermissions(script, java.nio.file.attribute.PosixFilePermissions
                .fromString("rwxr-xr-x"));
        java.nio.file.Files.writeString(directory.resolve("failing"), "");

        FleetResult result = runner(file).apply(plans(), ApplyOptions.defaults());

        String canary = targets.get(0).database();
        assertThat(result.stoppedAt()).isEqualTo("canary");
        TargetOutcome outcome = result.rings().get(0).targets().get(0);
        assertThat(outcome.state()).isEqualTo(TargetOutcome.State.UNHEALTHY);
        assertThat(outcome.failure()).isEqualTo("health check failed: the command ./check-orders.sh --since 10m"
                + " exited with 3; it printed: checking orders of " + canary + " / error rate 12% over the last 10m");
        assertThat(result.rings().get(1).targets()).extracting(TargetOutcome::state)
                .containsOnly(TargetOutcome.State.UNTOUCHED);
        assertThat(FleetDatabases.hasState(targets.get(3))).isFalse();
        assertThat(java.nio.file.Files.readAllLines(directory.resolve("seen.txt"))).containsExactly("canary " + canary
                + " " + canary + " " + targets.get(0).effectiveUser() + " " + targets.get(0).host() + " --since 10m");

        // the application recovered: the next run checks the canary again and goes on
        java.nio.file.Files.delete(directory.resolve("failing"));
        FleetResult resumed = runner(file).apply(plans(), ApplyOptions.defaults());

        assertThat(resumed.stoppedAt()).isNull();
        assertThat(resumed.rings().get(0).healthChecked()).isTrue();
        assertThat(resumed.count(TargetOutcome.State.APPLIED)).isEqualTo(3);
        assertThat(java.nio.file.Files.readAllLines(directory.resolve("seen.txt"))).hasSize(2);
        for (Target target : targets) {
            assertThat(FleetDatabases.applies(target, "0002_p2")).containsExactly("applied");
        }
    }

    @Test
    void onFailureContinueFinishesTheRingAndGoesOn() throws Exception {
        List<Target> targets = FleetDatabases.create("cont", 5);
        Path file = FleetDatabases.write(directory, "cont", """
                [[ring]]
                name = "first"
                select = ["*"]
                limit = 3
                on-failure = "continue"

                [[ring]]
                name = "rest"
                select = ["*"]
                """);
        TestDatabases.execute(targets.get(0).jdbcUrl(), "CREATE SCHEMA core");

        FleetResult result = runner(file).apply(plans(), ApplyOptions.defaults());

        assertThat(result.stoppedAt()).isNull();
        assertThat(result.targets()).extracting(TargetOutcome::state).containsExactly(TargetOutcome.State.FAILED,
                TargetOutcome.State.APPLIED, TargetOutcome.State.APPLIED, TargetOutcome.State.APPLIED,
                TargetOutcome.State.APPLIED);
        assertThat(result.firstFailure().orElseThrow().target()).isEqualTo(targets.get(0).database());
    }

    @Test
    void planAndStatusChangeNothingAndShowWhereTheFleetStands() throws Exception {
        List<Target> targets = FleetDatabases.create("look", 4);
        Path file = FleetDatabases.write(directory, "look", RINGS);

        FleetResult plan = runner(file).plan(plans(), ApplyOptions.defaults());
        assertThat(plan.count(TargetOutcome.State.PENDING)).isEqualTo(4);
        assertThat(plan.targets().get(0).plans()).containsExactly("0001_p1", "0002_p2");
        assertThat(FleetDatabases.hasState(targets.get(0))).isFalse();

        try (Database first = Database.connect(targets.get(0), RunnerIdentity.current(), Duration.ofSeconds(10))) {
            new Runner(first, RunnerIdentity.current(), Reporter.silent()).apply(TestPlans.first(plans(), 1),
                    ApplyOptions.defaults());
        }
        FleetResult status = runner(file).status(plans());
        assertThat(status.targets()).extracting(TargetOutcome::state).containsExactly(TargetOutcome.State.PENDING,
                TargetOutcome.State.PENDING, TargetOutcome.State.PENDING, TargetOutcome.State.PENDING);
        assertThat(status.targets().get(0).currentPlan()).isEqualTo("0001_p1");
        assertThat(status.targets().get(0).plans()).containsExactly("0002_p2");
        assertThat(status.targets().get(1).currentPlan()).isNull();
    }

    @Test
    void targetsDiscoveredFromAControlDatabaseAndListedOnesRollOutTogether() throws Exception {
        List<Target> tenants = FleetDatabases.create("tenant", 3);
        Target listed = FleetDatabases.create("listed", 1).get(0);
        String control = TestDatabases.newDatabase("control");
        TestDatabases.execute(control, "CREATE TABLE tenants (name text, url text, active boolean)");
        for (int i = 0; i < tenants.size(); i++) {
            TestDatabases.execute(control, "INSERT INTO tenants VALUES ('t" + i + "', '" + tenants.get(i).jdbcUrl()
                    + "', " + (i < 2) + ")");
        }
        java.nio.file.Files.writeString(directory.resolve(FleetFile.FILE_NAME), "[[target]]\nname = \"staging\"\n"
                + "url = \"" + listed.jdbcUrl() + "\"\n\n[discover]\nurl = \"" + control
                + "\"\nquery = \"SELECT name, url FROM tenants WHERE active ORDER BY name\"\n\n"
                + "[[ring]]\nname = \"staging\"\nselect = \"staging\"\n\n[[ring]]\nname = \"tenants\"\n"
                + "select = \"t*\"\nparallelism = 2\n");

        FleetResult result = runner(directory.resolve(FleetFile.FILE_NAME)).apply(plans(), ApplyOptions.defaults());

        assertThat(result.targets()).extracting(TargetOutcome::target).containsExactly("staging", "t0", "t1");
        assertThat(result.count(TargetOutcome.State.APPLIED)).isEqualTo(3);
        assertThat(FleetDatabases.applies(tenants.get(1), "0002_p2")).containsExactly("applied");
        assertThat(FleetDatabases.hasState(tenants.get(2))).as("the inactive tenant is not in the fleet").isFalse();
    }

    @Test
    void oneRingAtATimeStartsOnlyWhenTheRingsBeforeItAreDone() throws Exception {
        List<Target> targets = FleetDatabases.create("byring", 9);
        Path file = FleetDatabases.write(directory, "byring", RINGS);

        assertThatThrownBy(() -> runner(file).apply(plans(), ApplyOptions.defaults(), "early"))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.problem().title()).isEqualTo("Ring early cannot start: ring canary before it is"
                            + " not done on 2 targets: " + targets.get(0).database() + " (pending), "
                            + targets.get(1).database() + " (pending); nothing was applied.");
                });
        assertThat(FleetDatabases.hasState(targets.get(2))).isFalse();

        FleetResult canary = runner(file).apply(plans(), ApplyOptions.defaults(), "canary");
        assertThat(canary.rings()).extracting(RingResult::name).containsExactly("canary");
        assertThat(canary.count(TargetOutcome.State.APPLIED)).isEqualTo(2);
        assertThat(FleetDatabases.hasState(targets.get(2))).isFalse();

        FleetResult early = runner(file).apply(plans(), ApplyOptions.defaults(), "early");
        assertThat(early.count(TargetOutcome.State.APPLIED)).isEqualTo(6);
        assertThat(FleetDatabases.hasState(targets.get(8))).as("the last ring is its own job").isFalse();
        assertThatThrownBy(() -> runner(file).apply(plans(), ApplyOptions.defaults(), "late"))
                .hasMessageContaining("The fleet has no ring named 'late'");
    }

    static Target target(List<Target> targets, TargetOutcome outcome) {
        return targets.stream().filter(target -> target.database().equals(outcome.target())).findFirst()
                .orElseThrow();
    }
}
