package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void sources() throws IOException {
        Files.writeString(project.resolve("strata.toml"), """
                [project]
                name = "shop"
                source = "schema"
                migrations = "migrations"
                core_schema = "core"
                """);
        Files.createDirectories(project.resolve("schema"));
        schema("email text not null");
    }

    private void schema(String column) throws IOException {
        Files.writeString(project.resolve("schema/app.strata"), """
                core {
                  table customer {
                    id bigint generated always as identity primary key
                    %s
                  }
                }
                """.formatted(column));
    }

    private ExitCode strata(String... args) {
        out.reset();
        err.reset();
        var terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Main.run(args, terminal);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesThePlanThenHasNothingToPlan() {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("Wrote migrations/0001_init: 2 steps");
        assertThat(project.resolve("migrations/0001_init/REVIEW.md")).exists();
        assertThat(strata("plan", "--name", "again", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("Nothing to plan");
        assertThat(project.resolve("migrations/0002_again")).doesNotExist();
    }

    @Test
    void checkSaysWhetherThePlansCoverTheSourcesAndWritesNothing() throws IOException {
        assertThat(strata("plan", "--check", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error: not planned: the project has no plans yet, and no plan covers create schema core, add table"
                + " core.customer");
        assertThat(project.resolve("migrations")).doesNotExist();

        assertThat(strata("plan", "--name", "init", "--no-verify", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(strata("plan", "--check", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).isEqualTo("Planned: the plans cover the sources (1 plan, the last 0001_init).\n");

        schema("email text not null\n    phone text");
        assertThat(strata("plan", "--check", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).isEqualTo("error: not planned: the sources changed since plan 0001_init, the last of 1, and no"
                + " plan covers add column core.customer.phone. Run 'strata plan --name NAME' and commit the plan it"
                + " writes.\n");
        assertThat(project.resolve("migrations/0002_check")).doesNotExist();

        schema("email text not null");
        Path up = project.resolve("migrations/0001_init/up.sql");
        Files.writeString(up, Files.readString(up).replace("email", "e_mail"));
        assertThat(strata("plan", "--check", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error[S2031]").contains("up.sql was edited");

        assertThat(strata("plan", "--check", "--name", "x", project.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--check only checks the plans against the sources: leave out --name");
        assertThat(strata("plan", "--check", project.resolve("nowhere").toString())).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aPlanIsProvenOnAScratchDatabaseBeforeItIsWritten() throws IOException {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(err()).contains("verifying plan 0001_init on a scratch database (embedded PostgreSQL)")
                .contains("verified in ");
        assertThat(Files.readString(project.resolve("migrations/0001_init/REVIEW.md")))
                .contains("**Verified** before it was written, on PostgreSQL ")
                .contains("the earlier plans applied with 10 generated rows in each core table")
                .contains("apply, catalog matches model, facade interfaces, rollback, rollback restores catalog,"
                        + " rollback restores data, re-apply, re-apply matches model.");
    }

    @Test
    void aCheckTheExistingRowsBreakIsCaughtBeforeThePlanIsWritten() throws IOException {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        // the generated rows' emails end in @example.org, as some of production's may
        schema("email text not null check (email like '%@shop.example')");

        assertThat(strata("plan", "--name", "shop-emails-only", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error[S2041]: plan 0002_shop-emails-only failed its verification on a scratch"
                        + " database, so it was not written")
                .contains("apply failed")
                .contains("is violated by some row")
                .contains("23514")
                .contains("--no-verify");
        assertThat(project.resolve("migrations/0002_shop-emails-only")).doesNotExist();

        assertThat(strata("plan", "--no-verify", "--name", "shop-emails-only", project.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(Files.readString(project.resolve("migrations/0002_shop-emails-only/REVIEW.md")))
                .contains("**Not verified:** made with `strata plan --no-verify`");
        assertThat(strata("check", project.toString())).isEqualTo(ExitCode.OK);
    }

    @Test
    void aStorageParameterValuePostgresRefusesIsCaughtBeforeThePlanIsWritten() throws IOException {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        // strata check knows the name; the value is PostgreSQL's to check (10 to 100 for a btree index)
        schema("email text not null\n    index customer_email (email) with (fillfactor = 5)");
        assertThat(strata("check", project.toString())).isEqualTo(ExitCode.OK);

        assertThat(strata("plan", "--name", "packed-emails", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error[S2041]: plan 0002_packed-emails failed its verification on a scratch"
                        + " database, so it was not written")
                .contains("value 5 out of bounds for option \"fillfactor\"");
        assertThat(project.resolve("migrations/0002_packed-emails")).doesNotExist();
    }

    @Test
    void aDryRunPrintsTheFilesAndWritesNothing() {
        assertThat(strata("plan", "--dry-run", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("==> migrations/0001_init/plan.json <==", "==> migrations/0001_init/up.sql <==",
                "CREATE TABLE \"core\".\"customer\"", "Dry run: nothing written.");
        assertThat(project.resolve("migrations")).doesNotExist();
    }

    @Test
    void aRefusedStepExplainsItselfAndFails() throws IOException {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        schema("email integer not null");
        assertThat(strata("plan", "--name", "retype", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error[S2011]", "schema/app.strata:4:");
        assertThat(strata("plan", "--format", "json", "--name", "retype", project.toString()))
                .isEqualTo(ExitCode.VALIDATION);
        assertThat(out()).contains("\"S2011\"");
    }

    @Test
    void dataLossCanBeAcceptedOnPurpose() throws IOException {
        Files.writeString(project.resolve("schema/app.strata"), "core { table log { at timestamptz\n message text } }\n");
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        Files.writeString(project.resolve("schema/app.strata"), "core { table log { at timestamptz } }\n");
        assertThat(strata("plan", "--name", "drop-message", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("S2012");
        assertThat(strata("plan", "--allow-data-loss", "--name", "drop-message", project.toString()))
                .isEqualTo(ExitCode.OK);
        assertThat(out()).contains("DATA LOSS ACCEPTED");
    }

    @Test
    void theNameIsRequired() {
        assertThat(strata("plan", project.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("--name is required");
    }

    @Test
    void checkVerifiesThePlansAndListsWhatIsNotPlannedYet() throws IOException {
        assertThat(strata("plan", "--name", "init", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(strata("check", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).doesNotContain("Not planned yet");
        schema("email text not null\n    phone text");
        assertThat(strata("check", project.toString())).isEqualTo(ExitCode.OK);
        assertThat(out()).contains("Not planned yet (the sources changed since plan 0001_init): "
                + "add column core.customer.phone.");
        Path up = project.resolve("migrations/0001_init/up.sql");
        Files.writeString(up, Files.readString(up) + "DROP TABLE core.customer;\n");
        assertThat(strata("check", project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("error[S2031]", "migrations/0001_init/up.sql");
    }
}
