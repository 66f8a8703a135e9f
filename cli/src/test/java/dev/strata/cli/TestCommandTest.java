package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code strata test} end to end on real PostgreSQL: the sample store passes every check (on the default embedded
 * scratch server), and each broken project of samples/broken-plans fails with a message naming what is wrong
 * (on scratch databases of the test server, through --url).
 */
class TestCommandTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final Path BROKEN = SAMPLES.resolve("broken-plans");

    @TempDir
    Path temp;

    /** The test server's admin database: strata test makes its scratch databases beside it. */
    private static String serverUrl() {
        return TestDatabases.server().admin().jdbcUrl();
    }

    @Test
    void theSampleStorePassesEveryCheckOfEveryPlanOnTheEmbeddedScratchServer() throws Exception {
        Path xml = temp.resolve("reports/strata.xml");
        Run run = strata("test", SAMPLES.resolve("shop").toString(), "--junit-xml", xml.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        List<String> plans;
        try (var dirs = Files.list(SAMPLES.resolve("shop/migrations"))) {
            plans = dirs.map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(plans).hasSizeGreaterThanOrEqualTo(6);
        for (String plan : plans) {
            for (String check : new String[] {"apply", "catalog matches model", "facade interfaces", "rollback",
                    "rollback restores catalog", "rollback restores data", "re-apply", "re-apply matches model"}) {
                assertThat(run.out()).containsPattern(plan + " +" + check + " +passed");
            }
        }
        String last = plans.get(plans.size() - 1);
        assertThat(run.out()).containsPattern("0001_initial +fixtures +passed")
                .containsPattern("0002_add-loyalty +fixtures +passed")
                .containsPattern(last + " +test tests/customers.sql +passed")
                .containsPattern(last + " +test tests/orders.sql +passed")
                .contains("passed: " + plans.size() + " plans, 0 failed checks");
        assertThat(Path.of("../samples/shop/.strata")).doesNotExist();

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(plans.size());
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("0001_initial");
        assertThat(suite.getAttribute("failures")).isEqualTo("0");
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void aViewBodyThatReadsADroppedColumnFailsTheApplyNamingPlanStepAndView() {
        Run run = strata("test", BROKEN.resolve("dropped-column").toString(), "--url", serverUrl());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.out()).containsPattern("0002_drop-nickname +apply +failed")
                .contains("failed at step 3 of 3 (replace view api_v1.customers)")
                .contains("column c.nickname does not exist")
                .containsPattern("0001_initial +rollback restores data +passed");
    }

    @Test
    void aReverseThatDoesNotRestoreTheDataFailsNamingTableAndColumn() throws Exception {
        Path xml = temp.resolve("broken.xml");
        Run run = strata("test", BROKEN.resolve("reverse-loses-data").toString(), "--url", serverUrl(),
                "--junit-xml", xml.toString());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.out()).containsPattern("0002_drop-nickname +rollback restores data +failed")
                .contains("after rolling back 0002_drop-nickname the data differs from before it")
                .contains("table core.customer differs")
                .contains("values differ in column(s) nickname")
                .containsPattern("0002_drop-nickname +rollback restores catalog +passed");
        String report = Files.readString(xml);
        assertThat(report).contains("<testsuite name=\"0002_drop-nickname\" tests=\"8\" failures=\"1\"")
                .contains("<failure message=\"after rolling back 0002_drop-nickname the data differs from before it:\"");
    }

    @Test
    void aFacadeWhoseDeclaredInterfaceDoesNotMatchItsBodyFailsNamingViewAndColumn() {
        Run run = strata("test", BROKEN.resolve("interface-mismatch").toString(), "--url", serverUrl());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.out()).containsPattern("0001_initial +facade interfaces +failed")
                .contains("view api_v1.orders column total is declared integer but its body gives numeric(12,2)");
    }

    @Test
    void aFailingUserTestFailsWithItsMessageAndFileLine() {
        Run run = strata("test", BROKEN.resolve("failing-user-test").toString(), "--url", serverUrl());

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.out()).containsPattern("0001_initial +test tests/totals.sql +failed")
                .contains("tests/totals.sql:7: Ada spent 17.40");
    }

    @Test
    void scratchDatabasesOnAUrlServerAreDroppedAndTheUrlDatabaseIsUntouched() throws Exception {
        String url = TestDatabases.newDatabase("untouched");
        Run run = strata("test", BROKEN.resolve("interface-mismatch").toString(), "--url", url);

        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        try (Connection connection = TestDatabases.connect(url);
             ResultSet rows = connection.createStatement().executeQuery("SELECT (SELECT count(*) FROM pg_namespace"
                     + " WHERE nspname IN ('core', 'strata', 'api_v1')), (SELECT count(*) FROM pg_database"
                     + " WHERE datname LIKE 'strata_test_%')")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
            assertThat(rows.getInt(2)).isZero();
        }
    }

    @Test
    void generatedRowsFillTheSampleAndEveryCheckStillPasses() {
        Run run = strata("test", SAMPLES.resolve("shop").toString(), "--url", serverUrl(), "--last", "1",
                "--generate-data", "10");

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("0001_initial")
                .containsPattern("rollback restores data +passed")
                .contains("passed: 1 plan, 0 failed checks");
        assertThat(run.err()).as("every core table got its rows").doesNotContain("generated data: skipped");
    }

    @Test
    void aNegativeRowCountIsAUsageError() {
        Run run = strata("test", SAMPLES.resolve("shop").toString(), "--generate-data", "-3");

        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--generate-data expects a whole number of 0 or more, not '-3'");
    }
}
