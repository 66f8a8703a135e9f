package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample store as a user runs it: check, apply every committed plan, no drift afterwards, roll everything
 * back, apply again. The sample's SQL names core objects without their schema (for example
 * {@code nextval('invoice_number')}), so this also proves each step runs with the core on the search path and
 * that drift detection does not depend on the session's search path.
 */
class ShopSampleTest {

    @TempDir
    Path project;

    private void copySample() throws IOException {
        Samples.copyShop(project);
    }

    @Test
    void theSampleAppliesRollsBackAndAppliesAgainWithoutDriftOrLostRows() throws Exception {
        copySample();
        String url = TestDatabases.newDatabase("shop_sample");
        String dir = project.toString();

        assertThat(strata("check", dir).code()).isEqualTo(ExitCode.OK);
        Run applied = strata("apply", "--url", url, dir);
        assertThat(applied.code()).as(applied.err()).isEqualTo(ExitCode.OK);

        Run status = strata("status", "--url", url, dir);
        assertThat(status.code()).as(status.out() + status.err()).isEqualTo(ExitCode.OK);
        assertThat(status.out()).contains("drift:         no").contains("pending plans: none");

        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO core.customer (email, display_name) VALUES ('ada@example.com', 'Ada')");
            s.execute("INSERT INTO core.category (slug, name) VALUES ('books', 'Books')");
        }

        Run refused = strata("rollback", "--to", "0", "--url", url, dir);
        assertThat(refused.code()).as(refused.err()).isEqualTo(ExitCode.VALIDATION);
        assertThat(refused.err()).contains("would drop tables that hold rows: core.category, core.customer")
                .contains("--drop-tables core.category,core.customer");

        Run rolledBack = strata("rollback", "--to", "0", "--drop-tables", "core.category,core.customer", "--url",
                url, dir);
        assertThat(rolledBack.code()).as(rolledBack.err()).isEqualTo(ExitCode.OK);
        assertThat(strata("status", "--url", url, dir).out()).contains("drift:         no");

        Run again = strata("apply", "--url", url, dir);
        assertThat(again.code()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(strata("status", "--url", url, dir).out()).contains("drift:         no");
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT count(*) FROM core.customer")) {
            rows.next();
            assertThat(rows.getInt(1)).as("the rows written before the rollback are back").isEqualTo(1);
        }
    }
}
