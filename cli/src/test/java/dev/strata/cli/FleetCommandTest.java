package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.database.Target;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata fleet} on the shop sample: nine databases of one server in three rings. */
class FleetCommandTest {

    @TempDir
    Path dir;

    private static final String RINGS = """
            [[ring]]
            name = "canary"
            select = ["*"]
            limit = 1
            health = "SELECT count(*) = 0 FROM core.customer"

            [[ring]]
            name = "early"
            select = ["*"]
            limit = 3
            parallelism = 3

            [[ring]]
            name = "all"
            select = ["*"]
            parallelism = 2
            """;

    private List<Target> fleet(String prefix, int count, Path shop) throws Exception {
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(TestDatabases.server().newDatabase(prefix));
        }
        Target admin = TestDatabases.server().admin();
        Files.writeString(dir.resolve("fleet.toml"), "project = \"shop\"\n\n[databases]\nserver = \"jdbc:postgresql://"
                + admin.host() + ":" + admin.port() + "/postgres?user=postgres\"\npattern = \"" + prefix + "_"
                + ProcessHandle.current().pid() + "_*\"\n\n" + RINGS);
        return targets.stream().sorted((a, b) -> a.database().compareTo(b.database())).toList();
    }

    @Test
    void theShopRollsOutInThreeRingsAndStatusShowsEveryTargetCurrent() throws Exception {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        List<Target> targets = fleet("shopfleet", 7, shop);
        String fleet = dir.toString();

        Run plan = strata("fleet", "plan", fleet);
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        assertThat(plan.out()).contains("ring    target", "would apply", "canary  " + targets.get(0).database()
                + "  pending  0001_initial … 0007_definer-routines (7 plans)",
                "fleet plan: 7 targets in 3 rings: 7 pending");

        Run apply = strata("fleet", "apply", fleet);
        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out()).contains("ring canary: 1 target, 1 at a time", "ring early: 3 targets, 3 at a time",
                "[canary/" + targets.get(0).database() + "] applying plan 0001_initial",
                "fleet apply: 7 targets in 3 rings: 7 applied");
        for (Target target : targets) {
            assertThat(TestDatabases.query(target.jdbcUrl(), "SELECT plan_id FROM strata.history WHERE action ="
                    + " 'apply' AND outcome = 'applied' ORDER BY id")).hasSize(7).last()
                    .isEqualTo("0007_definer-routines");
        }

        Run status = strata("fleet", "status", "--json", fleet);
        assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK);
        assertThat(status.out()).startsWith("{\n").contains("\"command\" : \"status\"", "\"state\" : \"CURRENT\"",
                "\"currentPlan\" : \"0007_definer-routines\"", "\"exitCode\" : 0");
        assertThat(status.out()).doesNotContain("\"PENDING\"");

        Run again = strata("fleet", "apply", fleet);
        assertThat(again.code()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("fleet apply: 7 targets in 3 rings: 7 current");

        Run promote = strata("fleet", "promote", "shop_api", "3", fleet);
        assertThat(promote.code()).as(promote.out() + promote.err()).isEqualTo(ExitCode.OK);
        assertThat(promote.out()).contains("promoted shop_api v3", "fleet promote: 7 targets in 3 rings: 7 promoted");
        for (Target target : targets) {
            assertThat(TestDatabases.query(target.jdbcUrl(), "SELECT version FROM strata.facade_release"
                    + " WHERE facade = 'shop_api' AND state = 'live'")).containsExactly("3");
        }
        assertThat(strata("fleet", "promote", "shop_api", "3", fleet).out())
                .contains("fleet promote: 7 targets in 3 rings: 7 current");

        Path page = Path.of(fleet).resolve("report/fleet.html");
        Run report = strata("fleet", "report", "--html", page.toString(), fleet);
        assertThat(report.code()).as(report.out() + report.err()).isEqualTo(ExitCode.OK);
        assertThat(report.out()).contains("Wrote the status page of 7 targets in 3 rings to " + page);
        assertThat(Files.readString(page)).contains("<td>0007_definer-routines</td>", "<td>shop_api v3</td>");
        assertThat(strata("fleet", "report", fleet).code()).as("--html is required").isEqualTo(ExitCode.USAGE);

        Run rollback = strata("fleet", "rollback", "--to", "6", fleet);
        assertThat(rollback.code()).as(rollback.out() + rollback.err()).isEqualTo(ExitCode.OK);
        assertThat(rollback.out().indexOf("ring all:")).as("the last ring first")
                .isLessThan(rollback.out().indexOf("ring early:"));
        assertThat(rollback.out().indexOf("ring early:")).isLessThan(rollback.out().indexOf("ring canary:"));
        assertThat(rollback.out()).contains("fleet rollback: 7 targets in 3 rings: 7 rolled back");
        Run rollbackAgain = strata("fleet", "rollback", "--to", "6", fleet);
        assertThat(rollbackAgain.out()).contains("fleet rollback: 7 targets in 3 rings: 7 current");
        assertThat(strata("fleet", "rollback", "--to", "6", "--json", fleet).out())
                .contains("\"currentPlan\" : \"0006_drop-product-description\"");
        for (Target target : targets) {
            assertThat(TestDatabases.query(target.jdbcUrl(), "SELECT plan_id FROM strata.history WHERE action ="
                    + " 'rollback' AND outcome = 'rolled_back'")).containsExactly("0007_definer-routines");
        }
        assertThat(strata("fleet", "rollback", fleet).code()).as("a count of steps is refused")
                .isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aFailingCanaryStopsTheLineWithItsExitCodeAndASummary() throws Exception {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        List<Target> targets = fleet("shopstop", 4, shop);
        TestDatabases.execute(targets.get(0).jdbcUrl(), "CREATE TABLE public.blocker (id int);"
                + " CREATE SCHEMA core; CREATE TABLE core.customer (id int)");

        Run apply = strata("fleet", "apply", dir.toString());

        assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(apply.out()).contains("canary  " + targets.get(0).database() + "  failed",
                "early   " + targets.get(1).database() + "  untouched  -",
                "fleet apply: 4 targets in 3 rings: 1 failed, 3 untouched; ring canary stopped the line (untouched:"
                        + " early, all)");
        assertThat(apply.out()).contains("failed canary/" + targets.get(0).database());
        assertThat(TestDatabases.query(targets.get(1).jdbcUrl(),
                "SELECT 1 FROM pg_namespace WHERE nspname = 'strata'")).isEmpty();
    }

    @Test
    void aBrokenFleetFileIsOneParagraphAndExitCode1() throws Exception {
        Samples.copyShop(dir.resolve("shop"));
        Files.writeString(dir.resolve("fleet.toml"), "project = \"shop\"\n[[target]]\n"
                + "url = \"jdbc:postgresql://h/db\"\n[[ring]]\nname = \"all\"\nselect = \"*\"\nparallelism = 100\n");

        Run run = strata("fleet", "apply", dir.toString());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).isEqualTo("strata fleet: " + dir.resolve("fleet.toml").toAbsolutePath().normalize()
                + ": ring 'all': parallelism is 100.\nWrite a whole number from 1 to 64, without quotes (docs/fleet.md"
                + " shows the format); nothing was done.\n");
        assertThat(strata("fleet", "deploy", dir.toString()).code()).isEqualTo(ExitCode.USAGE);
    }
}
