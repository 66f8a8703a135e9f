package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.PlanAssembler;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.engine.database.Target;
import dev.strata.testkit.InParallel;
import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden plan case of the compiler, on real PostgreSQL: building the old schema and running the plan's
 * steps then their reverses gives back exactly the old catalog (and the old data, when the case has some), and
 * the plan's steps on the old schema give exactly the catalog of the new schema built from nothing.
 *
 * <p>Surefire runs it on the newest and on the oldest supported server (tag {@code crossversion}): plans are made
 * and proven on the newest, and applied on whatever the target runs. A plan that needs a newer server than the one
 * under test says so in its requirements (the runtime refuses it up front there); for such a case the test checks
 * that the requirement is real, that the plan's SQL does fail on this server, instead of running it.
 */
@Tag("crossversion")
class GoldenPlansOnPostgresTest {

    static final Path CASES = Path.of("../compiler/src/test/resources/plans");

    /** Fails, never skips, when surefire meant another major version than the server the test kit started. */
    @BeforeAll
    static void checkServer() {
        String expected = System.getProperty("strata.test.pg.major");
        if (expected != null && !expected.isBlank()) {
            assertThat(TestDatabases.serverMajorVersion()).as("the test server's major version")
                    .isEqualTo(Integer.parseInt(expected));
        }
    }

    /** The cases run a few at a time ({@link InParallel}), each in databases of its own; each reports as one test. */
    @TestFactory
    Stream<DynamicTest> everyCaseRoundTripsOnPostgres() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(Files::isDirectory)
                    .filter(d -> !d.getFileName().toString().startsWith("error-"))
                    .sorted()
                    .toList();
        }
        var outcomes = InParallel.start(cases, dir -> {
            roundTrip(dir);
            return dir;
        });
        return IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(
                cases.get(i).getFileName().toString(), () -> outcomes.get(i).get()));
    }

    static void roundTrip(Path dir) throws Exception {
        Model before = PlanRunner.parse("before.strata", Files.readString(dir.resolve("before.strata")));
        Model after = PlanRunner.parse("after.strata", Files.readString(dir.resolve("after.strata")));
        Path data = dir.resolve("data.sql");
        String name = dir.getFileName().toString();
        var change = PlanRunner.plan(before, after, "0002_" + name, false);
        var schemas = PlanRunner.schemas(before, after);
        int major = TestDatabases.serverMajorVersion();
        var unmet = PlanAssembler.inMemory(new PlanAssembler.Header("0002_" + name, 2, name, "golden", PlanRunner.CORE,
                null, "test"), before, after, change).unmetOn(major);
        if (!unmet.isEmpty()) {
            Target old = TestDatabases.server().newDatabase("golden_old");
            try (Connection c = TestDatabases.connect(old.jdbcUrl())) {
                PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
                assertThatThrownBy(() -> PlanRunner.apply(c, change.steps()))
                        .as("the plan needs " + unmet + ", so it fails on PostgreSQL " + major).isNotNull();
            }
            TestDatabases.server().drop(old);
            return;
        }
        CatalogFacts changed;
        // each case drops its databases: 120 cases on two servers would otherwise leave a data directory so large
        // that removing it at JVM exit outlasts surefire's wait for the fork
        Target first = TestDatabases.server().newDatabase("golden");
        try (Connection c = TestDatabases.connect(first.jdbcUrl())) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
            if (Files.exists(data)) {
                try (Statement s = c.createStatement()) {
                    s.execute(Files.readString(data));
                }
            }
            var start = CatalogFacts.capture(c, schemas);
            var rows = PlanRunner.data(c, before);
            PlanRunner.apply(c, change.steps());
            changed = CatalogFacts.capture(c, schemas);
            PlanRunner.revert(c, change.steps(), change.rollbackOrder());
            assertThat(CatalogFacts.capture(c, schemas).diff(start)).as("catalog after up and down").isEmpty();
            assertThat(PlanRunner.data(c, before)).as("data after up and down").isEqualTo(rows);
        }
        TestDatabases.server().drop(first);
        Target fromNothing = TestDatabases.server().newDatabase("golden_new");
        try (Connection c = TestDatabases.connect(fromNothing.jdbcUrl())) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, after, "0001_start", true).steps());
            var fresh = CatalogFacts.capture(c, schemas);
            assertThat(changed.diff(fresh)).as("catalog after up compared with the new schema built from nothing")
                    .isEmpty();
        }
        TestDatabases.server().drop(fromNothing);
    }
}
