package dev.strata.compiler.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.CoreBlock;
import dev.strata.compiler.model.SourceUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatterTest {

    private static final String MESSY = "core { table t { ID bigint PRIMARY KEY\n name text } }\n";
    private static final String CANONICAL = """
            core {
              table t {
                id    bigint  primary key
                name  text
              }
            }
            """;
    private static final String BROKEN = "core { table t { id bigint primary } }\n";

    private final Formatter formatter = new Formatter();

    @Test
    void formatsAFileIntoTheCanonicalLayout() {
        var result = formatter.format("schema/t.strata", MESSY);
        assertThat(result.ok()).isTrue();
        assertThat(result.changed()).isTrue();
        assertThat(result.formatted()).isEqualTo(CANONICAL);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(formatter.format("schema/t.strata", CANONICAL).changed()).isFalse();
    }

    @Test
    void refusesAFileWithASyntaxErrorAndSaysWhy() {
        var result = formatter.format("schema/t.strata", BROKEN);
        assertThat(result.ok()).isFalse();
        assertThat(result.changed()).isFalse();
        assertThat(result.formatted()).isNull();
        assertThat(result.diagnostics()).isNotEmpty();
        assertThat(result.diagnostics().get(0).span().file()).isEqualTo("schema/t.strata");
        assertThat(result.diagnostics().get(0).isError()).isTrue();
    }

    @Test
    void refusesToReturnTextThatWouldReadAsADifferentSchema() {
        // A check on a column the table does not have cannot be printed on it; no parsed file has one.
        var table = Nodes.table("t", List.of(Nodes.column("a", Nodes.type("int"))), null, List.of(),
                List.of(Nodes.check("missing", "a > 0")), List.of(), List.of(), null);
        var unit = new SourceUnit("t.strata", List.of(new CoreBlock(List.of(table), Span.NONE)), List.of());

        var printed = formatter.print(unit);

        assertThat(printed.text()).isNull();
        assertThat(printed.problem().code()).isEqualTo(Formatter.MEANING_CHANGED);
        assertThat(printed.problem().message()).contains("reads as a different schema");
    }

    @Test
    void checkingReportsTheFilesThatWouldChangeAndWritesNothing(@TempDir Path dir) throws Exception {
        var schema = Files.createDirectories(dir.resolve("schema"));
        Files.writeString(schema.resolve("a.strata"), MESSY);
        Files.writeString(schema.resolve("b.strata"), CANONICAL.replace("table t", "table u"));
        Files.writeString(schema.resolve("c.strata"), BROKEN);

        var result = formatter.formatDirectory(dir, false);

        assertThat(result.written()).isFalse();
        assertThat(result.changed()).extracting(FileOutcome::displayPath).containsExactly("schema/a.strata");
        assertThat(result.failed()).extracting(FileOutcome::displayPath).containsExactly("schema/c.strata");
        assertThat(result.failed().get(0).diagnostics()).isNotEmpty();
        assertThat(result.files()).extracting(FileOutcome::status).containsExactly(FileOutcome.Status.CHANGED,
                FileOutcome.Status.UNCHANGED, FileOutcome.Status.FAILED);
        assertThat(result.hasErrors()).isTrue();
        assertThat(Files.readString(schema.resolve("a.strata"))).isEqualTo(MESSY);
        assertThat(Files.readString(schema.resolve("c.strata"))).isEqualTo(BROKEN);
    }

    @Test
    void writingRewritesOnlyTheFilesThatChange(@TempDir Path dir) throws Exception {
        var a = dir.resolve("a.strata");
        var b = dir.resolve("b.strata");
        var broken = dir.resolve("broken.strata");
        Files.writeString(a, MESSY);
        Files.writeString(b, CANONICAL.replace("table t", "table u"));
        Files.writeString(broken, BROKEN);
        Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
        var past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(b, past);
        Files.setLastModifiedTime(broken, past);

        var result = formatter.formatDirectory(dir, true);

        assertThat(result.written()).isTrue();
        assertThat(result.changed()).extracting(FileOutcome::path).containsExactly(a.toAbsolutePath());
        assertThat(Files.readString(a)).isEqualTo(CANONICAL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a))).isEqualTo("rw-r-----");
        assertThat(Files.getLastModifiedTime(b)).isEqualTo(past);
        assertThat(Files.getLastModifiedTime(broken)).isEqualTo(past);
        assertThat(Files.readString(broken)).isEqualTo(BROKEN);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("a.strata", "b.strata", "broken.strata");
        }

        var again = formatter.formatDirectory(dir, true);
        assertThat(again.changed()).isEmpty();
    }

    @Test
    void aLinkedFileIsReplacedThroughTheLink(@TempDir Path dir) throws Exception {
        var real = Files.createDirectories(dir.resolve("real")).resolve("t.strata");
        Files.writeString(real, MESSY);
        var project = Files.createDirectories(dir.resolve("project"));
        var link = Files.createSymbolicLink(project.resolve("t.strata"), real);

        var result = formatter.formatDirectory(project, true);

        assertThat(result.changed()).hasSize(1);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(CANONICAL);
    }

    @Test
    void aMissingDirectoryIsADiagnosticNotAnException(@TempDir Path dir) {
        var result = formatter.formatDirectory(dir.resolve("nowhere"), false);
        assertThat(result.files()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.diagnostics().get(0).code()).isEqualTo("S0001");
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndLeftAlone(@TempDir Path dir) throws Exception {
        // The temporary file beside a 250-character name would need a name longer than the file system allows,
        // which stops the write for any user, root included.
        var file = dir.resolve("a".repeat(243) + ".strata");
        Files.writeString(file, MESSY);

        var result = formatter.formatDirectory(dir, true);

        assertThat(result.failed()).hasSize(1);
        var problem = result.failed().get(0).diagnostics().get(0);
        assertThat(problem.code()).isEqualTo(Formatter.WRITE_FAILED);
        assertThat(problem.message()).isEqualTo("cannot write the formatted file: file name too long");
        assertThat(result.diagnostics()).contains(problem);
        assertThat(Files.readString(file)).isEqualTo(MESSY);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
