package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plans are sealed: every file of a plan directory is covered by its checksum. A pending plan with any file
 * edited or deleted is refused by apply, an applied one by rollback, naming the file (exit 1) before anything runs.
 */
class TamperedPlansTest {

    @TempDir
    Path project;

    private String url;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void twoPlansOneApplied() throws IOException {
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        Files.createDirectories(project.resolve("schema"));
        schema("");
        assertThat(strata("plan", "--name", "initial", project.toString())).as(err()).isEqualTo(ExitCode.OK);
        schema("\n    phone text");
        assertThat(strata("plan", "--name", "add-phone", project.toString())).as(err()).isEqualTo(ExitCode.OK);
        url = TestDatabases.newDatabase("tampered");
    }

    private void schema(String more) throws IOException {
        Files.writeString(project.resolve("schema/app.strata"), """
                core {
                  table customer {
                    id     bigint generated always as identity primary key
                    email  text not null%s
                  }
                }
                """.formatted(more));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.json", "up.sql", "down.sql", "REVIEW.md", "schema.strata"})
    void applyRefusesAPendingPlanWithAnEditedFile(String file) throws Exception {
        Path edited = project.resolve("migrations/0002_add-phone").resolve(file);
        Files.writeString(edited, file.equals("plan.json")
                ? Files.readString(edited).replace("\"phone\"", "\"mobile\"") : Files.readString(edited) + "\n-- hi\n");

        ExitCode code = strata("apply", "--url", url, project.toString());

        assertThat(code).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains(file.equals("plan.json") ? "0002_add-phone: checksum mismatch"
                : "migrations/0002_add-phone/" + file).doesNotContain("Exception");
        assertThat(tables()).as("nothing ran, not even the first plan").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"up.sql", "down.sql", "REVIEW.md", "schema.strata"})
    void applyRefusesAPendingPlanWithADeletedFile(String file) throws Exception {
        Files.delete(project.resolve("migrations/0002_add-phone").resolve(file));

        assertThat(strata("apply", "--url", url, project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("migrations/0002_add-phone/" + file).contains("missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"down.sql", "REVIEW.md"})
    void rollbackRefusesAnAppliedPlanWithAnEditedFile(String file) throws Exception {
        assertThat(strata("apply", "--url", url, project.toString())).as(err()).isEqualTo(ExitCode.OK);
        Path edited = project.resolve("migrations/0002_add-phone").resolve(file);
        Files.writeString(edited, Files.readString(edited).replace("phone", "email"));

        assertThat(strata("rollback", "--url", url, project.toString())).isEqualTo(ExitCode.VALIDATION);
        assertThat(err()).contains("migrations/0002_add-phone/" + file).contains("cannot be rolled back");
        assertThat(columns()).as("the plan is still applied").isEqualTo(3);
    }

    private long tables() throws Exception {
        return count("SELECT count(*) FROM pg_tables WHERE schemaname = 'core'");
    }

    private long columns() throws Exception {
        return count("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'core'"
                + " AND table_name = 'customer'");
    }

    private long count(String sql) throws Exception {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ExitCode strata(String... args) {
        out.reset();
        err.reset();
        var terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return Main.run(args, terminal);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
