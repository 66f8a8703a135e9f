package dev.strata.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.engine.session.RunnerIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet file: what it reads, and the one paragraph each broken file gets. */
class FleetFileTest {

    @TempDir
    Path directory;

    private static final String TARGETS = """
            [[target]]
            name = "eu-1"
            url = "jdbc:postgresql://db-eu-1:5432/shop?user=deploy"

            [[target]]
            url = "postgresql://deploy@db-us-1/shop_us"

            """;

    private FleetFile read(String text) throws Exception {
        Files.writeString(directory.resolve("fleet.toml"), text);
        return FleetFile.read(directory);
    }

    private String problem(String text) throws Exception {
        Files.writeString(directory.resolve("fleet.toml"), text);
        try {
            FleetFile fleet = FleetFile.read(directory);
            FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(), Duration.ofSeconds(1)));
        } catch (StrataException e) {
            assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
            return e.problem().render().replace(directory.resolve("fleet.toml").toString(), "fleet.toml");
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void readsTargetsAndRingsWithTheirDefaults() throws Exception {
        FleetFile fleet = read("project = \"../shop\"\n" + TARGETS + """
                [[ring]]
                name = "canary"
                select = "eu-*"
                bake = "10m"
                health = "SELECT true"
                health-command = ["./check.sh", "--since", "10m"]

                [[ring]]
                name = "all"
                select = ["*"]
                parallelism = 8
                on-failure = "continue"
                """);

        assertThat(fleet.project()).isEqualTo(directory.getParent().resolve("shop"));
        assertThat(fleet.rings()).containsExactly(
                new Ring("canary", List.of("eu-*"), null, 1, Ring.OnFailure.STOP, Duration.ofMinutes(10),
                        "SELECT true", new HealthCommand(List.of("./check.sh", "--since", "10m"), directory)),
                new Ring("all", List.of("*"), null, 8, Ring.OnFailure.CONTINUE, Duration.ZERO, null, null));
        var targets = FleetTargets.resolve(fleet, RunnerIdentity.current(), Duration.ofSeconds(1));
        assertThat(targets).extracting(FleetTarget::name).containsExactly("eu-1", "shop_us");
        var rings = FleetTargets.assign(fleet, targets);
        assertThat(rings.get(0).targets()).extracting(FleetTarget::name).containsExactly("eu-1");
        assertThat(rings.get(1).targets()).extracting(FleetTarget::name).containsExactly("shop_us");
    }

    @Test
    void eachBrokenFileGetsOneParagraph() throws Exception {
        String ring = "[[ring]]\nname = \"all\"\nselect = [\"*\"]\n";
        assertThat(problem(TARGETS)).isEqualTo("fleet.toml: the fleet has no rings.\nAdd at least one [[ring]] with a"
                + " name and select (patterns of target names; select = [\"*\"] takes every target not in an earlier"
                + " ring) (docs/fleet.md shows the format); nothing was done.");
        assertThat(problem(ring)).startsWith("fleet.toml: the fleet has no targets.\nList them with [[target]]");
        assertThat(problem(TARGETS + ring + "paralelism = 2\n")).isEqualTo("fleet.toml: ring 'all' has an unknown"
                + " key 'paralelism'.\nThe keys there are bake, health, health-command, limit, name, on-failure,"
                + " parallelism, select"
                + " (docs/fleet.md shows the format); nothing was done.");
        assertThat(problem(TARGETS + ring + "on-failure = \"pause\"\n")).isEqualTo("fleet.toml: ring 'all':"
                + " on-failure is 'pause'.\nWrite on-failure = \"stop\" (a failure leaves every later ring untouched)"
                + " or \"continue\" (docs/fleet.md shows the format); nothing was done.");
        assertThat(problem(TARGETS + ring + "bake = \"soon\"\n")).startsWith("fleet.toml: ring 'all': bake is"
                + " 'soon', not a duration.\nWrite a duration such as bake = \"30s\"");
        assertThat(problem(TARGETS + ring + "parallelism = 0\n")).startsWith("fleet.toml: ring 'all':"
                + " parallelism is 0.\nWrite a whole number from 1 to 64, without quotes");
        assertThat(problem(TARGETS + ring + ring)).startsWith("fleet.toml: two rings are named 'all'.");
        assertThat(problem(TARGETS + ring + "health-command = \"./check.sh --fast\"\n")).isEqualTo("fleet.toml:"
                + " ring 'all': health-command must be a non-empty array of strings, not \"./check.sh --fast\".\nWrite"
                + " the program and its arguments as an array of strings, e.g. health-command = [\"./check-orders.sh\","
                + " \"--since\", \"10m\"]; it runs without a shell, in the fleet file's directory, once per target"
                + " (docs/fleet.md shows the format); nothing was done.");
        assertThat(problem(TARGETS + ring + "health-command = [\"./check.sh\", 3]\n")).startsWith("fleet.toml:"
                + " ring 'all': health-command holds 3, not a non-empty string.");
        assertThat(problem(TARGETS + "[[ring]]\nname = \"eu\"\nselect = \"eu-*\"\n")).isEqualTo("fleet.toml: 1"
                + " target is in no ring: shop_us.\nEvery target must be in a ring, or it would silently never get"
                + " the plans; end the rings with one that selects [\"*\"], or widen a ring's select (docs/fleet.md"
                + " shows the format); nothing was done.");
        assertThat(problem(TARGETS + "[[target]]\nname = \"eu-1\"\nurl = \"jdbc:postgresql://other/shop\"\n"
                + ring)).startsWith("fleet.toml: two targets are named 'eu-1'");
        assertThat(problem("schemas = \"tenant_*\"\n" + TARGETS + ring)).startsWith("fleet.toml: 'schemas' (tenant"
                + " schemas) is not supported.\nEach target of a fleet is a database");
        assertThat(problem(TARGETS + ring + "select = 3\n")).startsWith("fleet.toml is not valid TOML at line");
    }

    @Test
    void aMissingFileIsAUsageProblem() {
        assertThatThrownBy(() -> FleetFile.read(directory)).isInstanceOfSatisfying(StrataException.class,
                e -> assertThat(e.kind()).isEqualTo(ProblemKind.USAGE));
    }

    @Test
    void patternsMatchNames() {
        assertThat(Glob.matches("tenant_0*", "tenant_007")).isTrue();
        assertThat(Glob.matches("tenant_0*", "tenant_100")).isFalse();
        assertThat(Glob.matches("eu-?", "eu-1")).isTrue();
        assertThat(Glob.matches("eu-?", "eu-12")).isFalse();
        assertThat(Glob.matches("*", "")).isTrue();
    }
}
