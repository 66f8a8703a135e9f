package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanWriter;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime commands end to end: a project directory with plan files, a real database, exit codes, output. */
class RuntimeCommandsTest {

    @TempDir
    Path project;
    private String url;

    private static Step step(int number, String sql, String reverse, Backup backup) {
        return new Step(number, backup == null ? "create table" : "drop column",
                StepTarget.of(StepTarget.Kind.TABLE, "core", "t" + number), "core.t" + number, sql, reverse,
                LockLevel.ACCESS_EXCLUSIVE, false, false, true, backup == null ? Risk.SAFE : Risk.DESTRUCTIVE, backup, null,
                false, null);
    }

    private void writePlans(String project, List<List<Step>> stepsPerPlan) throws Exception {
        Plan parent = null;
        for (int i = 0; i < stepsPerPlan.size(); i++) {
            int sequence = i + 1;
            String id = String.format("%04d_step-%d", sequence, sequence);
            Plan plan = new Plan(Plan.FORMAT, id, sequence, "step-" + sequence, project, "core",
                    parent == null ? null : parent.id(), parent == null ? null : parent.checksum(), "m" + i,
                    "m" + sequence, "test", false, List.of(), stepsPerPlan.get(i), List.of(), null, null);
            parent = PlanWriter.write(this.project.resolve("migrations"), plan, "# " + id + "\n", "core {\n}\n");
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        url = TestDatabases.newDatabase("cli");
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"shop\"\nmigrations = \"migrations\"\n");
        List<List<Step>> plans = new ArrayList<>();
        plans.add(List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core", null),
                step(2, "CREATE TABLE core.customer (id int PRIMARY KEY, note text)", "DROP TABLE core.customer",
                        null)));
        plans.add(List.of(step(1, "ALTER TABLE core.customer DROP COLUMN note",
                "ALTER TABLE core.customer ADD COLUMN note text; UPDATE core.customer c SET note = b.note"
                        + " FROM strata_backup.p2_note b WHERE b.id = c.id",
                Backup.beforeStep("p2_note", "core.customer", List.of("id", "note"), List.of("id"),
                        "CREATE TABLE strata_backup.p2_note AS SELECT id, note FROM core.customer"))));
        writePlans("shop", plans);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = TestDatabases.connect(url); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    @Test
    void applyStatusHistoryRollbackRoundTrip() throws Exception {
        Run dry = strata("apply", "--url", url, "--dry-run", project.toString());
        assertThat(dry.code()).isEqualTo(ExitCode.OK);
        assertThat(dry.out()).contains("-- plan 0001_step-1", "CREATE TABLE core.customer", "2 plans would be applied");

        Run apply = strata("apply", "--url", url, project.toString());
        assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.out()).contains("applied 2 plans: 0001_step-1, 0002_step-2");

        Run status = strata("status", "--url", url, project.toString());
        assertThat(status.code()).isEqualTo(ExitCode.OK);
        assertThat(status.out()).contains("current plan:  0002_step-2", "pending plans: none", "drift:         no",
                "last failure:  none");

        Run history = strata("history", "--url", url, "--json", project.toString());
        JsonNode rows = new ObjectMapper().readTree(history.out());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("planId").asText()).isEqualTo("0002_step-2");
        assertThat(rows.get(1).get("outcome").asText()).isEqualTo("applied");
        assertThat(rows.get(1).get("startedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(strata("history", "--url", url, project.toString()).out())
                .contains("ACTION", "0001_step-1", "applied");

        Run backups = strata("backups", "list", "--url", url, project.toString());
        assertThat(backups.out()).contains("strata_backup.p2_note  plan 0002_step-2 step 1  core.customer (id, note)");

        Run rollback = strata("rollback", "--url", url, "--steps", "1", project.toString());
        assertThat(rollback.code()).as(rollback.err()).isEqualTo(ExitCode.OK);
        assertThat(rollback.out()).contains("rolled back 1 plan: 0002_step-2");
        Run rollbackJson = strata("rollback", "--url", url, "--to", "0", "--json", project.toString());
        assertThat(new ObjectMapper().readTree(rollbackJson.out()).get("rolledBack").get(0).asText())
                .isEqualTo("0001_step-1");
        Run applyJson = strata("apply", "--url", url, "--json", project.toString());
        assertThat(new ObjectMapper().readTree(applyJson.out()).get("applied")).hasSize(2);
        assertThat(strata("rollback", "--url", url, "--to", "0", project.toString()).code()).isEqualTo(ExitCode.OK);

        Run prune = strata("backups", "prune", "--url", url, project.toString());
        assertThat(prune.out()).contains("dropped strata_backup.p2_note");
    }

    @Test
    void driftGivesExitCodeFour() throws Exception {
        assertThat(strata("apply", "--url", url, project.toString()).code()).isEqualTo(ExitCode.OK);
        sql("ALTER TABLE core.customer ADD COLUMN sneaky int");

        Run status = strata("status", "--url", url, project.toString());
        assertThat(status.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(status.out()).contains("drift:         yes", "+ column core.customer.sneaky: integer");
        Run rollback = strata("rollback", "--url", url, project.toString());
        assertThat(rollback.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(rollback.err()).contains("strata rollback: The live schema differs");
    }

    @Test
    void failingStepGivesExitCodeThreeAndNamesTheStep() throws Exception {
        try (var files = Files.walk(project.resolve("migrations"))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        writePlans("shop", List.of(List.of(step(1, "CREATE TABLE t (id int)", "DROP TABLE t", null),
                step(2, "INSERT INTO t VALUES\n  (1),\n  ('x')", "DELETE FROM t", null))));
        Run apply = strata("apply", "--url", url, project.toString());
        assertThat(apply.code()).isEqualTo(ExitCode.DATABASE);
        assertThat(apply.err()).contains("strata apply: Apply of plan 0001_step-1 failed at step 2.",
                "3 |   ('x')", "line 3, column 4", "SQLSTATE 22P02");
        assertThat(strata("status", "--url", url, project.toString()).out()).contains("last failure:  apply of"
                + " 0001_step-1 at step 2");
    }

    @Test
    void editedPlanGivesExitCodeOne() throws Exception {
        Path file = project.resolve("migrations/0001_step-1/plan.json");
        Files.writeString(file, Files.readString(file).replace("CREATE TABLE core.customer", "CREATE TABLE core.client"));
        Run apply = strata("apply", "--url", url, project.toString());
        assertThat(apply.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(apply.err()).contains("0001_step-1: checksum mismatch");
    }

    @Test
    void unreachableServerGivesExitCodeSix() {
        Run status = strata("status", "--url", "jdbc:postgresql://127.0.0.1:1/shop", "--connect-timeout", "2s",
                project.toString());
        assertThat(status.code()).isEqualTo(ExitCode.CONNECTION);
        assertThat(status.err()).contains("Cannot reach PostgreSQL at 127.0.0.1:1.");
    }

    @Test
    void usageErrorsGiveExitCodeTwo() {
        assertThat(strata("apply", "--lock-wait", "soon", project.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(strata("rollback", "--to", "1", "--steps", "2", project.toString()).code())
                .isEqualTo(ExitCode.USAGE);
        assertThat(strata("backups", "shred", project.toString()).code()).isEqualTo(ExitCode.USAGE);
        assertThat(strata("status", project.resolve("nowhere").toString()).err()).contains("no strata.toml");
    }

    @Test
    void everyOptionHasHelpText() {
        for (String command : List.of("apply", "rollback", "status", "history", "backups")) {
            Command found = Commands.find(command).orElseThrow();
            assertThat(found.options().getOptions()).allSatisfy(option ->
                    assertThat(option.getDescription()).as(command + " --" + option.getLongOpt()).isNotBlank());
            assertThat(strata("help", command).out()).contains("Usage: strata " + command);
        }
    }
}
