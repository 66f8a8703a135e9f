package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.format.Formatter;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import dev.strata.plan.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strata plan} as a service: artifacts, determinism, the chain and its tamper checks. */
class PlanMakerTest {

    static final String V1 = """
            core {
              table customer {
                id bigint generated always as identity primary key
                email text not null
                full_name text not null
              }
            }

            facade shop_api version 1 {
              view customers (id bigint not null, name text not null) as $$
                select id, full_name from core.customer
              $$
              grant select on customers to shop_app
            }
            """;

    @TempDir
    Path root;

    private void sources(String text) throws IOException {
        Files.writeString(root.resolve("strata.toml"), """
                [project]
                name = "shop"
                source = "schema"
                migrations = "migrations"
                core_schema = "core"
                """);
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("schema/shop.strata"), text);
    }

    private PlanMaker.Outcome plan(String name) {
        var project = ProjectLoader.load(root);
        return PlanMaker.make(project, name, false, "test");
    }

    private Path migrations() {
        return root.resolve("migrations");
    }

    private void planAndWrite(String name) throws IOException {
        var outcome = plan(name);
        assertThat(outcome.diagnostics()).isEmpty();
        assertThat(outcome.status()).isEqualTo(PlanMaker.Status.PLANNED);
        PlanMaker.write(outcome, migrations());
    }

    private List<String> chainCodes() {
        return MigrationChain.load(migrations(), "migrations").diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void writesTheFiveFilesOfAPlan() throws IOException {
        sources(V1);
        planAndWrite("init");
        Path dir = migrations().resolve("0001_init");
        assertThat(dir.resolve("plan.json")).exists();
        assertThat(dir.resolve("up.sql")).exists();
        assertThat(dir.resolve("down.sql")).exists();
        assertThat(dir.resolve("REVIEW.md")).exists();
        assertThat(Files.readString(dir.resolve("schema.strata")))
                .isEqualTo("-- file: schema/shop.strata\n" + new Formatter().format("shop.strata", V1).formatted());
        Plan plan = PlanJson.read(Files.readString(dir.resolve("plan.json")));
        assertThat(plan.sequence()).isEqualTo(1);
        assertThat(plan.parent()).isNull();
        assertThat(plan.checksum()).isEqualTo(PlanJson.checksum(plan));
        assertThat(chainCodes()).isEmpty();
    }

    @Test
    void reformattingTheSourcesChangesNoPlan() throws IOException {
        sources(V1);
        var tidy = plan("init").files();
        sources("\n\n" + V1.replace("email text", "email   text").replace("    id bigint", "      id     bigint")
                .replace("}\n\nfacade", "}\n\n\n\nfacade"));
        assertThat(plan("init").files()).isEqualTo(tidy);
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        sources(V1);
        assertThat(plan("init").files()).isEqualTo(plan("init").files());
        planAndWrite("init");
        sources(V1.replace("full_name text not null", "full_name text not null\n    phone text"));
        assertThat(plan("phone").files()).isEqualTo(plan("phone").files());
    }

    @Test
    void unchangedSourcesHaveNothingToPlan() throws IOException {
        sources(V1);
        planAndWrite("init");
        assertThat(plan("again").status()).isEqualTo(PlanMaker.Status.NOTHING_TO_PLAN);
        assertThat(PlanMaker.pending(ProjectLoader.load(root)).unplanned()).isEmpty();
    }

    @Test
    void theSecondPlanStartsWhereTheFirstEnded() throws IOException {
        sources(V1);
        planAndWrite("init");
        sources(V1.replace("full_name text not null", "full_name text not null\n    phone text"));
        var pending = PlanMaker.pending(ProjectLoader.load(root));
        assertThat(pending.unplanned()).hasSize(1);
        assertThat(pending.describe()).containsExactly("add column core.customer.phone");
        planAndWrite("add-phone");
        var chain = MigrationChain.load(migrations(), "migrations");
        assertThat(chain.diagnostics()).isEmpty();
        Plan first = chain.plans().get(0);
        Plan second = chain.plans().get(1);
        assertThat(second.id()).isEqualTo("0002_add-phone");
        assertThat(second.parent()).isEqualTo(first.id());
        assertThat(second.parentChecksum()).isEqualTo(first.checksum());
        assertThat(second.fingerprintBefore()).isEqualTo(first.fingerprintAfter());
        assertThat(second.steps()).extracting(Step::change).containsExactly("add column");
    }

    @Test
    void anEditedPlanIsDetected() throws IOException {
        sources(V1);
        planAndWrite("init");
        Path json = migrations().resolve("0001_init/plan.json");
        Files.writeString(json, Files.readString(json).replace("CREATE SCHEMA \\\"core\\\"", "CREATE SCHEMA \\\"kore\\\""));
        assertThat(chainCodes()).contains("S2031");
    }

    @Test
    void anEditedScriptIsDetected() throws IOException {
        sources(V1);
        planAndWrite("init");
        Path up = migrations().resolve("0001_init/up.sql");
        Files.writeString(up, Files.readString(up) + "DROP TABLE core.customer;\n");
        assertThat(chainCodes()).containsExactly("S2031");
    }

    @Test
    void aRemovedPlanIsDetected() throws IOException {
        sources(V1);
        planAndWrite("init");
        sources(V1.replace("full_name text not null", "full_name text not null\n    phone text"));
        planAndWrite("add-phone");
        deleteTree(migrations().resolve("0001_init"));
        assertThat(chainCodes()).contains("S2032", "S2033");
    }

    @Test
    void anEditedSnapshotIsDetected() throws IOException {
        sources(V1);
        planAndWrite("init");
        Path snapshot = migrations().resolve("0001_init/schema.strata");
        String text = Files.readString(snapshot);
        String edited = text.replaceFirst("email(\\s+)text(\\s+)not null", "email$1text");
        assertThat(edited).isNotEqualTo(text);
        Files.writeString(snapshot, edited);
        assertThat(chainCodes()).containsExactly("S2034");
    }

    @Test
    void aReleasedFacadeErrorPointsIntoTheSnapshot() throws IOException {
        sources(V1);
        planAndWrite("init");
        sources(V1.replace("name text not null) as", "name varchar(80) not null) as"));
        var outcome = plan("narrow");
        assertThat(outcome.status()).isEqualTo(PlanMaker.Status.FAILED);
        Diagnostic error = outcome.diagnostics().get(0);
        assertThat(error.code()).isEqualTo("S2001");
        assertThat(error.span().file()).isEqualTo("schema/shop.strata");
        assertThat(error.notes().get(0).span().toString()).isEqualTo("migrations/0001_init/schema.strata:11:3");
    }

    @Test
    void aBadNameIsRefused() throws IOException {
        sources(V1);
        assertThat(plan("Add Phone").diagnostics()).extracting(Diagnostic::code).containsExactly("S2040");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
