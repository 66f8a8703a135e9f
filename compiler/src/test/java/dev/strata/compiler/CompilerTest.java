package dev.strata.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectFileReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door: one call loads, checks and verifies a project; planning on top of it finds what plan finds. */
class CompilerTest {

    private static final String SOURCES = """
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
        Files.writeString(root.resolve("strata.toml"), "[project]\nname = \"shop\"\n");
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("schema/shop.strata"), text);
    }

    private void planned(String name) throws IOException {
        var compilation = Compiler.compile(root);
        var outcome = PlanMaker.make(compilation.project(), compilation.chain(), name, false);
        assertThat(outcome.status()).as(outcome.diagnostics().toString()).isEqualTo(PlanMaker.Status.PLANNED);
        PlanMaker.write(outcome, compilation.config().migrationsDir());
    }

    private static Stream<String> codes(java.util.List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code);
    }

    @Test
    void theSampleCompilesWithItsWholeChain() throws IOException {
        Path shop = Path.of("../samples/shop");
        long plans;
        try (Stream<Path> dirs = Files.list(shop.resolve("migrations"))) {
            plans = dirs.filter(Files::isDirectory).count();
        }

        var compilation = Compiler.compile(shop);

        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(compilation.loaded()).isTrue();
        assertThat(compilation.config().name()).isEqualTo("shop");
        assertThat(compilation.files()).isNotEmpty().hasSameSizeAs(compilation.units());
        assertThat(compilation.model().core().tables()).isNotEmpty();
        assertThat(compilation.chain().links()).hasSize((int) plans);
        assertThat(compilation.chain().isValid()).isTrue();
        assertThat(PlanMaker.pending(compilation.project(), compilation.chain()).upToDate()).isTrue();
    }

    @Test
    void aProjectFileReadFirstIsNotReadAgain() throws IOException {
        sources(SOURCES);
        var file = ProjectFileReader.read(root);

        var compilation = Compiler.compile(root, file);

        assertThat(compilation.config()).isSameAs(file.config());
        assertThat(compilation.projectFile()).isSameAs(file.file());
        assertThat(compilation.diagnostics()).isEmpty();
    }

    @Test
    void diagnosticsComeFromEveryStageInOrder() throws IOException {
        sources(SOURCES);
        planned("init");
        Files.writeString(root.resolve("strata.toml"), "[project]\nname = \"shop\"\nsorce = \"x\"\n");
        Files.writeString(root.resolve("schema/shop.strata"), SOURCES.replace("table customer {",
                "table customer {\n    email text"));
        Path up = root.resolve("migrations/0001_init/up.sql");
        Files.writeString(up, Files.readString(up) + "-- edited\n");

        var compilation = Compiler.compile(root);

        assertThat(codes(compilation.loadDiagnostics())).containsExactly("S0009");
        assertThat(codes(compilation.checkDiagnostics())).containsExactly("S1003");
        assertThat(codes(compilation.chain().diagnostics())).containsExactly("S2031");
        assertThat(codes(compilation.diagnostics())).containsExactly("S0009", "S1003", "S2031");
        assertThat(codes(compilation.sourceDiagnostics())).containsExactly("S0009", "S1003");
        assertThat(compilation.sourcesHaveErrors()).isTrue();
    }

    @Test
    void aProjectThatDoesNotLoadIsNeitherCheckedNorVerified() throws IOException {
        sources(SOURCES);
        planned("init");
        Path up = root.resolve("migrations/0001_init/up.sql");
        Files.writeString(up, Files.readString(up) + "-- edited\n");
        Files.writeString(root.resolve("schema/shop.strata"), SOURCES + "\ncore { table }\n");

        var compilation = Compiler.compile(root);

        assertThat(compilation.loaded()).isFalse();
        assertThat(codes(compilation.loadDiagnostics())).containsExactly("S0101");
        assertThat(compilation.checkDiagnostics()).isEmpty();
        assertThat(compilation.chain().links()).isEmpty();
        assertThat(compilation.chain().diagnostics()).isEmpty();
        assertThat(codes(compilation.diagnostics())).containsExactly("S0101");
    }

    @Test
    void planningAfterTheChainFindsWhatPlanWouldRefuse() throws IOException {
        sources(SOURCES);
        planned("init");
        Files.writeString(root.resolve("schema/shop.strata"), SOURCES.replace("    full_name text not null\n", ""));

        var compilation = Compiler.compile(root);
        var pending = PlanMaker.pending(compilation.project(), compilation.chain());

        assertThat(compilation.diagnostics()).isEmpty();
        assertThat(codes(pending.diagnostics())).contains("S2003");
        assertThat(pending.steps()).isEmpty();
        assertThat(pending.upToDate()).isFalse();
        var outcome = PlanMaker.make(compilation.project(), compilation.chain(), "drop-name", false);
        assertThat(outcome.status()).isEqualTo(PlanMaker.Status.FAILED);
        assertThat(codes(outcome.diagnostics()).toList()).containsAll(codes(pending.diagnostics()).toList());
    }

    @Test
    void theSnapshotsOfThePlansAreThereForTheRenderer() throws IOException {
        sources(SOURCES);
        planned("init");

        var compilation = Compiler.compile(root);

        assertThat(compilation.sourcesByFile()).containsOnlyKeys("strata.toml", "schema/shop.strata");
        assertThat(compilation.sourcesWithSnapshots()).containsOnlyKeys("strata.toml", "schema/shop.strata",
                "migrations/0001_init/schema.strata");
    }
}
