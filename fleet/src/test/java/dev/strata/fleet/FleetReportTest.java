package dev.strata.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet's status page: a fleet of five databases in two rings is rolled out, one canary target fails (its
 * database already holds a schema the first plan creates), the other rings carry on (on-failure = continue), and the
 * page written from the fleet shows each ring, each target with its state and current plan, the failure with
 * PostgreSQL's message, and a bar per apply. The page is then rendered by headless Chromium (Debian's package;
 * .ci/run installs it and sets {@code STRATA_REQUIRE_CHROMIUM}, so there it cannot skip): the DOM Chromium builds
 * holds the same, and its screenshot is kept in {@code target/fleet-report.png}.
 */
class FleetReportTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final String RINGS = """
            [[ring]]
            name = "canary"
            select = ["*"]
            limit = 2
            on-failure = "continue"

            [[ring]]
            name = "all"
            select = ["*"]
            """;

    @TempDir
    Path directory;

    @AfterEach
    void dropTheFleet() throws Exception {
        FleetDatabases.dropAll();
    }

    @Test
    void thePageShowsRingsTargetsTheFailureAndTheApplyDurationsAndChromiumRendersIt() throws Exception {
        List<Target> targets = FleetDatabases.create("report", 5);
        TestDatabases.execute(targets.get(0).jdbcUrl(), "CREATE SCHEMA core");
        Path file = FleetDatabases.write(directory, "report", RINGS);
        FleetFile fleet = FleetFile.read(file);
        var rings = FleetTargets.assign(fleet, FleetTargets.resolve(fleet, RunnerIdentity.current(),
                Duration.ofSeconds(10)));
        FleetRunner runner = new FleetRunner(rings, RunnerIdentity.current(), Reporter.silent(),
                Duration.ofSeconds(10), duration -> { });
        FleetResult applied = runner.apply(FleetRolloutTest.plans(), ApplyOptions.defaults());
        assertThat(applied.count(TargetOutcome.State.FAILED)).isEqualTo(1);
        assertThat(applied.count(TargetOutcome.State.APPLIED)).isEqualTo(4);

        FleetReport report = runner.report(FleetRolloutTest.plans());
        String html = ReportPage.html(report);
        Path page = directory.resolve("fleet.html");
        Files.writeString(page, html);

        String failed = targets.get(0).database();
        // self-contained: nothing to fetch, nothing to run (the one URL is the SVG namespace's name)
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script", "<link", "src=", "url(", "@import")
                .doesNotContain("https://");
        assertThat(rows(html)).hasSize(5);
        assertThat(html).contains("data-ring=\"canary\"", "data-ring=\"all\"")
                .contains(">" + failed + "</td><td class=\"state bad\">last attempt failed</td><td>none</td>")
                .contains("schema &quot;core&quot; already exists")
                .contains("<h3 class=\"failure\">canary / " + failed + ": last attempt failed</h3>");
        for (Target target : targets.subList(1, 5)) {
            assertThat(html).contains(">" + target.database() + "</td><td class=\"state ok\">current</td>"
                    + "<td>0002_p2</td>");
        }
        // two applied plans on each of four targets, and the failed attempt on the first
        assertThat(count(html, "<g class=\"bar\">")).isEqualTo(9);
        assertThat(count(html, "fill=\"#cf222e\"")).isEqualTo(1);

        String dom = render(page);
        assertThat(dom).contains("Fleet of project").contains(failed).contains("schema \"core\" already exists");
        assertThat(count(dom, "<rect")).isEqualTo(9);
        assertThat(count(dom, "<tr class=\"target\">")).isEqualTo(5);
    }

    /** The DOM headless Chromium builds from the page, and its screenshot in target/fleet-report.png. */
    private String render(Path page) throws Exception {
        boolean required = System.getenv("STRATA_REQUIRE_CHROMIUM") != null
                && !System.getenv("STRATA_REQUIRE_CHROMIUM").isBlank();
        if (required) {
            assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " is missing, and STRATA_REQUIRE_CHROMIUM is set"
                    + " (.ci/run installs Debian's chromium)").isTrue();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed (apt-get install chromium)");
        Path screenshot = Path.of("target", "fleet-report.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        run(directory.resolve("shot.log"), "--screenshot=" + screenshot, "--window-size=1200,1400",
                page.toUri().toString());
        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png.length).isGreaterThan(1000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
        Path dom = directory.resolve("dom.html");
        run(dom, "--dump-dom", page.toUri().toString());
        return Files.readString(dom);
    }

    private void run(Path output, String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--user-data-dir=" + directory.resolve("chromium-profile")));
        command.addAll(List.of(args));
        Process chromium = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(directory.resolve("chromium.err").toFile()).start();
        assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(chromium.exitValue()).as(Files.readString(directory.resolve("chromium.err"))).isZero();
    }

    private static List<String> rows(String html) {
        return Pattern.compile("<tr class=\"target\">").matcher(html).results().map(m -> m.group()).toList();
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
