package dev.strata.compiler.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.DiagnosticRenderer;
import dev.strata.compiler.model.Table;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    @TempDir
    Path temp;

    private Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String relative, byte[] bytes) throws IOException {
        var file = temp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    /** The rendered diagnostics, as the CLI would print them for a project loaded from {@code dir}. */
    private static String rendered(LoadedProject project) {
        return DiagnosticRenderer.render(project.diagnostics(), project.sourcesByFile(), false);
    }

    @Test
    void projectWithStrataTomlReadsEveryKey() throws IOException {
        write("strata.toml", """
                [project]
                name = "shop"
                source = "src/schema"
                migrations = "db/migrations"
                core_schema = "data"

                [database]
                url = "jdbc:postgresql://localhost/shop"
                """);
        write("src/schema/core.strata", "core { table a { id bigint primary key } }");

        var project = ProjectLoader.load(temp);

        assertThat(project.diagnostics()).isEmpty();
        var root = temp.toAbsolutePath().normalize();
        assertThat(project.config()).isEqualTo(new ProjectConfig(root, "shop", root.resolve("src/schema"),
                root.resolve("db/migrations"), "data", "jdbc:postgresql://localhost/shop"));
        assertThat(project.files()).extracting(SourceFile::displayPath).containsExactly("src/schema/core.strata");
        assertThat(project.projectFile().displayPath()).isEqualTo("strata.toml");
    }

    @Test
    void defaultsApplyForMissingKeys() throws IOException {
        write("strata.toml", "[project]\n");
        write("schema/core.strata", "core { }");

        var project = ProjectLoader.load(temp);

        var root = temp.toAbsolutePath().normalize();
        assertThat(project.config()).isEqualTo(new ProjectConfig(root, root.getFileName().toString(),
                root.resolve("schema"), root.resolve("migrations"), "core", null));
        assertThat(project.hasErrors()).isFalse();
    }

    @Test
    void aPlainDirectoryOfStrataFilesIsItsOwnSourceDirectory() throws IOException {
        write("b.strata", "core { table b { id bigint } }");
        write("a.strata", "core { table a { id bigint } }");

        var project = ProjectLoader.load(temp);

        assertThat(project.config().sourceDir()).isEqualTo(temp.toAbsolutePath().normalize());
        assertThat(project.files()).extracting(SourceFile::displayPath).containsExactly("a.strata", "b.strata");
        assertThat(project.model().core().tables()).extracting(Table::name).containsExactly("a", "b");
    }

    @Test
    void aDirectoryWithASchemaFolderButNoTomlUsesTheDefaults() throws IOException {
        write("schema/x.strata", "core { table x { id bigint } }");

        var project = ProjectLoader.load(temp);

        assertThat(project.config().sourceDir()).isEqualTo(temp.toAbsolutePath().normalize().resolve("schema"));
        assertThat(project.files()).extracting(SourceFile::displayPath).containsExactly("schema/x.strata");
    }

    @Test
    void sourcesAreFoundRecursivelySortedByPathSkippingHiddenDirectoriesAndOtherFiles() throws IOException {
        write("schema/zeta.strata", "core { table zeta { id bigint } }");
        write("schema/orders/items.strata", "core { table items { id bigint } }");
        write("schema/alpha.strata", "core { table alpha { id bigint } }");
        write("schema/.drafts/ignored.strata", "not strata at all");
        write("schema/README.md", "# notes");
        Files.createDirectories(temp.resolve("schema/folder.strata"));

        var project = ProjectLoader.load(temp);

        assertThat(project.diagnostics()).isEmpty();
        assertThat(project.files()).extracting(SourceFile::displayPath)
                .containsExactly("schema/alpha.strata", "schema/orders/items.strata", "schema/zeta.strata");
        assertThat(project.units()).extracting(u -> u.file())
                .containsExactly("schema/alpha.strata", "schema/orders/items.strata", "schema/zeta.strata");
        assertThat(project.model().core().tables()).extracting(Table::name).containsExactly("alpha", "items", "zeta");
    }

    @Test
    void anEmptyFileIsFine() throws IOException {
        write("schema/empty.strata", "");
        write("schema/other.strata", "core { table t { id bigint } }");

        var project = ProjectLoader.load(temp);

        assertThat(project.diagnostics()).isEmpty();
        assertThat(project.files()).hasSize(2);
    }

    @Test
    void parseAndTranslationProblemsOfEveryFileAreCollected() throws IOException {
        write("schema/a.strata", "core { table a { id bigint, } }");
        write("schema/b.strata", "core { table b { id bigint not null not null } }");
        write("schema/c.strata", "core { table c { id bigint } }");

        var project = ProjectLoader.load(temp);

        assertThat(project.diagnostics()).extracting(d -> d.span().file() + " " + d.code())
                .containsExactly("schema/a.strata S0101", "schema/b.strata S0202");
        assertThat(project.model().core().tables()).extracting(Table::name).containsExactly("b", "c");
    }

    @Test
    void missingDirectory() {
        var project = ProjectLoader.load(temp.resolve("nope"));
        var shown = temp.resolve("nope").toString();
        assertThat(rendered(project)).isEqualTo(shown + ": error[S0001]: directory '" + shown + "' does not exist\n"
                + "hint: give the project directory (the one with strata.toml) or a directory of .strata files\n\n"
                + "1 error\n");
        assertThat(project.model().core().tables()).isEmpty();
    }

    @Test
    void aFileInsteadOfADirectory() throws IOException {
        var file = write("core.strata", "core { }");
        var project = ProjectLoader.load(file);
        assertThat(project.diagnostics()).extracting(Diagnostic::code, Diagnostic::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S0002", "'" + file + "' is not a directory"));
    }

    @Test
    void aDirectoryWithoutStrataFilesIsAnError() throws IOException {
        write("schema/notes.txt", "nothing here");
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                schema: error[S0003]: no .strata files in 'schema'
                hint: check the directory; an empty schema would plan to drop everything, so Strata refuses it

                1 error
                """);
    }

    @Test
    void sourceDirectoryNamedInTheProjectFileMustExist() throws IOException {
        write("strata.toml", "[project]\nsource = \"db\"\n");
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                strata.toml: error[S0001]: source directory 'db' (from strata.toml) does not exist
                hint: create it, or set [project] source in strata.toml to the directory with your .strata files

                1 error
                """);
    }

    @Test
    void aBrokenLinkCannotBeRead() throws IOException {
        write("schema/good.strata", "core { }");
        Files.createSymbolicLink(temp.resolve("schema/broken.strata"), temp.resolve("schema/missing"));
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                schema/broken.strata: error[S0004]: cannot read file: it does not exist (a broken link?)
                hint: check that the file exists and that you may read it

                1 error
                """);
        assertThat(project.files()).extracting(SourceFile::displayPath).containsExactly("schema/good.strata");
    }

    @Test
    void aFileWithoutReadPermissionCannotBeRead() throws IOException {
        var file = write("schema/secret.strata", "core { }");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as a user who can read anything");
        var project = ProjectLoader.load(temp);
        assertThat(project.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S0004", "cannot read file: permission denied"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        var huge = temp.resolve("schema/dump.strata");
        Files.createDirectories(huge.getParent());
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(ProjectLoader.MAX_FILE_BYTES + 1024 * 1024 + 512 * 1024);
        }
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                schema/dump.strata: error[S0005]: file is 17.5 MiB; the limit is 16 MiB
                hint: split the schema into several .strata files, or move this file out of the source directory

                1 error
                """);
    }

    @Test
    void aBinaryFileIsNamedWithItsFirstNulByte() throws IOException {
        write("schema/logo.strata", new byte[] {'c', 'o', 'r', 'e', '\n', 'P', 'N', 'G', 0, 1, 2});
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                schema/logo.strata:2:4: error[S0006]: file looks binary: it contains a NUL byte at line 2, column 4 \
                (byte offset 8)
                hint: only text files with schema declarations belong in the source directory

                1 error
                """);
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsFirstBadByte() throws IOException {
        var latin1 = "core {\n  table café { id bigint }\n}\n".getBytes(StandardCharsets.ISO_8859_1);
        write("schema/old.strata", latin1);
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                schema/old.strata:2:12: error[S0007]: file is not valid UTF-8: byte 0xE9 at line 2, column 12 \
                (byte offset 18) cannot be decoded
                hint: save the file as UTF-8

                1 error
                """);
    }

    @Test
    void aTruncatedMultiByteSequenceAtTheEndIsNotUtf8() throws IOException {
        write("schema/cut.strata", new byte[] {'c', 'o', 'r', 'e', ' ', '{', '}', ' ', (byte) 0xE6, (byte) 0x97});
        var project = ProjectLoader.load(temp);
        assertThat(project.diagnostics()).extracting(Diagnostic::code).containsExactly("S0007");
        assertThat(project.diagnostics().get(0).message()).contains("byte 0xE6 at line 1, column 9 (byte offset 8)");
    }

    @Test
    void malformedTomlIsAnErrorAtItsPosition() throws IOException {
        write("strata.toml", "[project]\nname = shop\n");
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                strata.toml:2:8: error[S0008]: strata.toml is not valid TOML: unknown token
                    2 | name = shop
                      |        ^
                hint: fix the syntax at this position; strings are quoted, for example name = "shop"

                1 error
                """);
        assertThat(project.files()).isEmpty();
    }

    @Test
    void unknownKeysAreWarningsAndTheProjectStillLoads() throws IOException {
        write("strata.toml", """
                [project]
                name = "shop"
                sorce = "schema"

                [deploy]
                target = "prod"
                """);
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(rendered(project)).isEqualTo("""
                strata.toml:3:1: warning[S0009]: unknown key 'sorce' in [project]
                    3 | sorce = "schema"
                      | ^^^^^
                hint: [project] knows core_schema, migrations, name, source

                strata.toml:5:2: warning[S0009]: unknown key 'deploy' in strata.toml
                    5 | [deploy]
                      |  ^^^^^^
                hint: known tables are [project] (name, source, migrations, core_schema), [database] (url, revoke_temporary, revoke_large_objects, max_lock), [scratch] (url), [facades.NAME] (live_roles) and [unmanaged] (objects)

                2 warnings
                """);
        assertThat(project.hasErrors()).isFalse();
        assertThat(project.files()).hasSize(1);
    }

    @Test
    void facadeTablesKnowLiveRolesOnly() throws IOException {
        write("strata.toml", """
                [project]
                name = "shop"

                [facades.shop_api]
                live_roles = ["shop_app"]

                [facades."Shop API"]
                live_roles = ["shop_app"]
                live_role = "typo"
                """);
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(project.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("unknown key 'live_role' in [facades.Shop API]");
            assertThat(d.hint()).isEqualTo("[facades.Shop API] knows live_roles");
        });
    }

    @Test
    void aProjectKeyOutsideItsTableIsNamed() throws IOException {
        write("strata.toml", "source = \"schema\"\n");
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(project.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("S0009");
            assertThat(d.hint()).isEqualTo("put it under [project]");
            assertThat(d.span().line()).isEqualTo(1);
        });
    }

    @Test
    void valuesOfTheWrongKindAreErrors() throws IOException {
        write("strata.toml", "[project]\nsource = 3\ncore_schema = \"\"\n[database]\nurl = true\n");
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(project.diagnostics()).extracting(Diagnostic::code, Diagnostic::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S0010", "[project] source must be a non-empty string"),
                org.assertj.core.groups.Tuple.tuple("S0010", "[project] core_schema must be a non-empty string"),
                org.assertj.core.groups.Tuple.tuple("S0010", "[database] url must be a non-empty string"));
        assertThat(project.diagnostics()).extracting(d -> d.span().line()).containsExactly(2, 3, 5);
        assertThat(project.config().sourceDir().getFileName().toString()).isEqualTo("schema");
    }

    /**
     * The timeouts of this test and the next guard against a parser that backtracks without end on a big file; they
     * are no speed claim (speed is measured in bench/, docs/benchmarks.md), so they leave room for a loaded machine.
     */
    @Test
    void aTenMegabyteFileOfDeclarationsLoads() throws IOException {
        var text = generatedSchema(10_000_000);
        write("schema/big.strata", text);

        var project = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> ProjectLoader.load(temp));

        assertThat(project.diagnostics()).isEmpty();
        assertThat(project.model().core().tables()).hasSize(countTables(text));
    }

    @Test
    void aSyntaxErrorAtTheEndOfATenMegabyteFileIsFound() throws IOException {
        var text = generatedSchema(10_000_000).replaceFirst("\\}\\n$", "  table broken { id }\n}\n");
        write("schema/big.strata", text);

        var project = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> ProjectLoader.load(temp));

        assertThat(project.diagnostics()).extracting(Diagnostic::code).containsExactly("S0101");
        assertThat(project.diagnostics().get(0).message()).isEqualTo("expected a column type, found '}'");
    }

    /** About {@code size} characters of realistic tables: keys, defaults, checks, foreign keys, an index. */
    static String generatedSchema(int size) {
        var text = new StringBuilder(size + 1000).append("core {\n");
        for (int i = 0; text.length() < size; i++) {
            text.append("  table t").append(i).append(" {\n")
                    .append("    id bigint generated always as identity primary key\n")
                    .append("    name text not null default 'x' -- a comment\n")
                    .append("    amount numeric(12,2) not null check (amount >= 0)\n")
                    .append("    ref bigint references t").append(Math.max(0, i - 1)).append(" (id) on delete cascade\n")
                    .append("    created_at timestamp with time zone not null default now()\n")
                    .append("    index (ref, created_at desc)\n")
                    .append("  }\n");
        }
        return text.append("}\n").toString();
    }

    private static int countTables(String text) {
        return (int) text.lines().filter(l -> l.startsWith("  table ")).count();
    }

    @Test
    void theSampleStoreLoadsWithoutDiagnostics() {
        var sample = Path.of("../samples/shop");
        assumeFalse(!Files.isDirectory(sample), "the sample store is not in this checkout");

        var project = ProjectLoader.load(sample);

        assertThat(project.diagnostics()).isEmpty();
        assertThat(project.config().name()).isEqualTo("shop");
        assertThat(project.files()).allMatch(f -> f.displayPath().startsWith("schema/"));
        assertThat(project.model().core().tables()).isNotEmpty();
        assertThat(project.model().facades()).isNotEmpty();
    }

    @Test
    void theProjectFileAndEverySourceAreAvailableForRendering() throws IOException {
        write("strata.toml", "[project]\nname = \"x\"\n");
        write("schema/a.strata", "core { }");
        var project = ProjectLoader.load(temp);
        assertThat(project.sourcesByFile()).containsOnlyKeys("strata.toml", "schema/a.strata");
        assertThat(project.sourcesByFile().get("schema/a.strata")).isEqualTo("core { }");
    }

    @Test
    void unitsOfFilesWithProblemsAreLeftOutOfTheModel() throws IOException {
        write("schema/a.strata", "core { table a { id bigint } }");
        write("schema/b.strata", new byte[] {(byte) 0xFF});
        var project = ProjectLoader.load(temp);
        assertThat(project.units()).extracting(u -> u.file()).containsExactly("schema/a.strata");
        assertThat(project.model().core().tables()).extracting(Table::name).isEqualTo(List.of("a"));
    }
}
