package dev.strata.cli;

import static dev.strata.cli.Run.strata;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing silent: what a managed schema holds that Strata does not model is listed by {@code plan --from/--to}
 * (both sides, and what differs between them), {@code diff}, {@code status} and {@code apply}, and what strata.toml
 * declares unmanaged is left alone with one summary line. Real databases, end to end through the command.
 */
class NotModelledCommandsTest {

    private static final String BASE = """
            CREATE SCHEMA core;
            CREATE TABLE core.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant text NOT NULL);
            """;

    @TempDir
    Path work;

    private static String database(String prefix, String sql) throws Exception {
        String url = TestDatabases.newDatabase(prefix);
        TestDatabases.execute(url, sql);
        return url;
    }

    @Test
    void planBetweenDatabasesThatDifferOnlyByARuleSaysSoAndExitsFour() throws Exception {
        String from = database("nm_from", BASE);
        String to = database("nm_to", BASE + "CREATE RULE keep_orders AS ON DELETE TO core.orders DO INSTEAD NOTHING;");

        var run = strata("plan", "--from", from, "--to", to, "--name", "align", work.resolve("p").toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.DRIFT);
        assertThat(run.out()).doesNotContain("Nothing to plan")
                .contains("Nothing planned: the schemas Strata models match, but the databases differ in 1 object"
                        + " that Strata does not model");
        assertThat(run.err())
                .contains("warning[S4001]: 1 object of the --to database is not in the plan")
                .contains("  rule core.orders.keep_orders: the Strata language has no rule declaration")
                .contains("warning[S4005]: 1 object that Strata does not model differs between the --from database"
                        + " and the --to database")
                .contains("  rule core.orders.keep_orders: only in the --to database");
    }

    @Test
    void aRuleThatDiffersOnlyInItsConditionIsADifference() throws Exception {
        String from = database("nm_using_a", BASE + "CREATE RULE p AS ON DELETE TO core.orders WHERE old.tenant = current_user DO INSTEAD NOTHING;");
        String to = database("nm_using_b", BASE + "CREATE RULE p AS ON DELETE TO core.orders WHERE old.tenant = 'shared' DO INSTEAD NOTHING;");

        var plan = strata("plan", "--from", from, "--to", to, "--name", "align", work.resolve("p").toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.DRIFT);
        assertThat(plan.err()).contains("warning[S4001]: 1 object of the --from database")
                .contains("warning[S4001]: 1 object of the --to database")
                .contains("  rule core.orders.p: defined differently");

        var diff = strata("diff", from, to);
        assertThat(diff.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(diff.out()).contains("1 object that the language cannot express differs",
                "  ! rule core.orders.p: defined differently", "No differences in what the language models.");
        var json = new ObjectMapper().readTree(strata("diff", from, to, "--json").out());
        assertThat(json.path("notModelledDifferences").get(0).path("where").asText()).isEqualTo("DIFFERENT");
        assertThat(strata("diff", from, from).code()).isEqualTo(ExitCode.OK);
    }

    @Test
    void aTextSearchConfigurationOnOneSideIsADifference() throws Exception {
        String from = database("nm_coll_a", BASE);
        String to = database("nm_coll_b", BASE + "CREATE TEXT SEARCH CONFIGURATION core.plain (COPY = pg_catalog.simple);");

        var run = strata("plan", "--from", from, "--to", to, "--name", "align", work.resolve("p").toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.DRIFT);
        assertThat(run.out()).doesNotContain("Nothing to plan");
        assertThat(run.err()).contains("warning[S4005]: 1 object that Strata does not model differs")
                .contains("  text search configuration core.plain: only in the --to database");
        var diff = strata("diff", from, to);
        assertThat(diff.code()).isEqualTo(ExitCode.DRIFT);
        assertThat(diff.out()).contains("! text search configuration core.plain: only in to");
    }

    @Test
    void aMaterializedViewWithAnotherQueryIsPlannedNotCalledTheSame() throws Exception {
        String from = database("nm_mv_a", BASE
                + "CREATE MATERIALIZED VIEW core.totals AS SELECT count(*) AS n FROM core.orders;");
        String to = database("nm_mv_b", BASE
                + "CREATE MATERIALIZED VIEW core.totals AS SELECT count(*) AS n FROM core.orders WHERE id > 0;");

        var run = strata("plan", "--from", from, "--to", to, "--name", "align", work.resolve("p").toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("Nothing to plan").contains("Wrote migrations/0002_align");
        assertThat(strata("diff", from, to).code()).isEqualTo(ExitCode.DRIFT);
    }

    @Test
    void aPlanThatIsWrittenStillWarnsOfWhatItCannotBringOver() throws Exception {
        String from = database("nm_w_a", BASE);
        String to = database("nm_w_b", BASE + """
                ALTER TABLE core.orders ADD COLUMN note text;
                CREATE RULE no_delete AS ON DELETE TO core.orders DO INSTEAD NOTHING;
                """);

        var run = strata("plan", "--from", from, "--to", to, "--name", "align", work.resolve("p").toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Wrote migrations/0002_align");
        assertThat(run.err()).contains("warning[S4005]: 1 object that Strata does not model differs")
                .contains("  rule core.orders.no_delete: only in the --to database");
    }

    private Path project(String unmanaged) throws Exception {
        Path project = work.resolve("orders");
        Files.createDirectories(project.resolve("schema"));
        Files.writeString(project.resolve("strata.toml"), "[project]\nname = \"orders\"\n" + unmanaged);
        Files.writeString(project.resolve("schema/orders.strata"), """
                core {
                  table orders {
                    id bigint generated always as identity primary key
                    tenant text not null
                  }
                }
                """);
        if (!Files.isDirectory(project.resolve("migrations"))) {
            var plan = strata("plan", "--name", "init", project.toString());
            assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        }
        return project;
    }

    @Test
    void statusAndApplyWarnOfATextSearchConfigurationAndARuleInTheCoreUntilStrataTomlDeclaresThemUnmanaged() throws Exception {
        Path project = project("");
        String url = TestDatabases.newDatabase("nm_status");
        assertThat(strata("apply", "--url", url, project.toString()).code()).isEqualTo(ExitCode.OK);
        TestDatabases.execute(url, """
                CREATE TEXT SEARCH CONFIGURATION core.german (COPY = pg_catalog.german);
                CREATE RULE no_delete AS ON DELETE TO core.orders DO INSTEAD NOTHING;
                """);

        var status = strata("status", "--url", url, project.toString());
        assertThat(status.out()).contains("current plan:  0001_init");
        assertThat(status.err()).contains("warning[S4003]: 2 objects are in the managed schemas but not managed by"
                        + " Strata")
                .contains("  text search configuration core.german: the Strata language has no text search"
                        + " configuration declaration")
                .contains("  rule core.orders.no_delete: the Strata language has no rule declaration");
        var json = new ObjectMapper().readTree(strata("status", "--url", url, "--json", project.toString()).out());
        assertThat(json.path("notManaged")).hasSize(2);
        assertThat(json.path("notManaged").get(0).path("kind").asText()).isEqualTo("rule");

        Files.writeString(project.resolve("schema/orders.strata"), Files.readString(project.resolve(
                "schema/orders.strata")).replace("tenant text not null", "tenant text not null\n    note text"));
        assertThat(strata("plan", "--name", "note", project.toString()).code()).isEqualTo(ExitCode.OK);
        var apply = strata("apply", "--url", url, "--allow-drift", project.toString());
        assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCode.OK);
        assertThat(apply.err()).contains("warning[S4003]: 2 objects are in the managed schemas",
                "  rule core.orders.no_delete:");
        assertThat(apply.out()).contains("applied 1 plan: 0002_note");

        project("""
                [unmanaged]
                objects = ["text search configuration core.german", "rule core.orders.*",
                           "operator core.===(integer, integer)"]
                """);
        var declared = strata("status", "--url", url, project.toString());
        assertThat(declared.err()).doesNotContain("S4003")
                .contains("note: 2 objects left alone as declared unmanaged in strata.toml.")
                .contains("warning[S4004]: strata.toml declares \"operator core.===(integer, integer)\" unmanaged, but no such"
                        + " object was found");
        assertThat(declared.err().lines().filter(l -> l.contains("left alone")).count()).isEqualTo(1);
        var applyDeclared = strata("apply", "--url", url, project.toString());
        assertThat(applyDeclared.code()).as(applyDeclared.err()).isEqualTo(ExitCode.OK);
        assertThat(applyDeclared.err()).doesNotContain("S4003")
                .contains("note: 2 objects left alone as declared unmanaged in strata.toml.", "warning[S4004]");
    }

    @Test
    void importWithDeclareUnmanagedWritesWhatItLeftOutIntoStrataTomlAndStatusLeavesItAlone() throws Exception {
        String url = database("nm_import_declare", BASE + """
                CREATE TEXT SEARCH CONFIGURATION core.german (COPY = pg_catalog.german);
                CREATE RULE no_delete AS ON DELETE TO core.orders DO INSTEAD NOTHING;
                """);
        Path project = work.resolve("imported");

        var run = strata("import", "--url", url, "--out", project.toString(), "--declare-unmanaged");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCode.OK);
        // still listed, never silent: the declaration is said on top of it
        assertThat(run.err()).contains("warning[S4001]: 2 objects were not imported")
                .contains("  rule core.orders.no_delete: the Strata language has no rule declaration")
                .contains("note: declared them unmanaged in " + project.resolve("strata.toml")
                        + " ([unmanaged] objects, --declare-unmanaged): status and apply leave them alone.");
        assertThat(Files.readString(project.resolve("strata.toml"))).contains("""
                [unmanaged]
                objects = [
                  "rule core.orders.no_delete",
                  "text search configuration core.german",
                ]
                """);

        var status = strata("status", "--url", url, project.toString());
        assertThat(status.code()).as(status.err()).isEqualTo(ExitCode.OK);
        assertThat(status.err()).doesNotContain("S4003").doesNotContain("S4004")
                .contains("note: 2 objects left alone as declared unmanaged in strata.toml.");

        // without the option the new strata.toml declares nothing, and status lists both
        Path plain = work.resolve("plain");
        assertThat(strata("import", "--url", url, "--out", plain.toString(), "--no-baseline").code())
                .isEqualTo(ExitCode.OK);
        assertThat(Files.readString(plain.resolve("strata.toml"))).doesNotContain("[unmanaged]");
        var json = new ObjectMapper().readTree(strata("import", "--url", url, "--out", work.resolve("json")
                .toString(), "--no-baseline", "--declare-unmanaged", "--json").out());
        assertThat(json.path("declaredUnmanaged")).hasSize(2);
    }

    @Test
    void diffLeavesAloneWhatTheProjectSideDeclaresUnmanaged() throws Exception {
        Path project = project("[unmanaged]\nobjects = [\"rule core.orders.*\"]\n");
        String url = database("nm_diff_project", BASE + "CREATE RULE p AS ON DELETE TO core.orders DO INSTEAD NOTHING;");

        var run = strata("diff", project.toString(), url);

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).doesNotContain("rule core.orders.p");
        assertThat(run.err()).contains("note: 1 object left alone as declared unmanaged in strata.toml.");
    }
}
