package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenWriterTest {

    private static final String HEADER = "// Bindings for facade shop_api version 2 (PostgreSQL schema shop_api_v2).\n";

    @TempDir
    Path out;

    private static GeneratedFile file(String path, String body) {
        return new GeneratedFile(path, HEADER + body);
    }

    @Test
    void writesFilesUnderTheirPackageDirectories() throws Exception {
        var summary = CodegenWriter.write(out, List.of(file("com/example/A.java", "class A {}\n"),
                file("com/example/B.java", "class B {}\n")));
        assertThat(summary.written()).containsExactly("com/example/A.java", "com/example/B.java");
        assertThat(Files.readString(out.resolve("com/example/A.java"))).isEqualTo(HEADER + "class A {}\n");
    }

    @Test
    void unchangedContentIsNotRewritten() throws Exception {
        var files = List.of(file("com/example/A.java", "class A {}\n"));
        CodegenWriter.write(out, files);
        Path a = out.resolve("com/example/A.java");
        var old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(a, old);

        var summary = CodegenWriter.write(out, files);

        assertThat(summary.written()).isEmpty();
        assertThat(summary.unchanged()).containsExactly("com/example/A.java");
        assertThat(Files.getLastModifiedTime(a)).isEqualTo(old);
    }

    @Test
    void changedContentIsReplaced() throws Exception {
        CodegenWriter.write(out, List.of(file("com/example/A.java", "class A {}\n")));
        var summary = CodegenWriter.write(out, List.of(file("com/example/A.java", "class A { int x; }\n")));
        assertThat(summary.written()).containsExactly("com/example/A.java");
        assertThat(Files.readString(out.resolve("com/example/A.java"))).endsWith("class A { int x; }\n");
        try (var entries = Files.list(out.resolve("com/example"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("A.java");
        }
    }

    @Test
    void filesNoLongerGeneratedForTheSameVersionAreDeletedOthersKept() throws Exception {
        CodegenWriter.write(out, List.of(file("com/example/A.java", "class A {}\n"),
                file("com/example/OldRow.java", "record OldRow() {}\n")));
        Files.writeString(out.resolve("com/example/Mine.java"), "// written by hand\nclass Mine {}\n");
        Files.writeString(out.resolve("com/example/V1.java"),
                "// Bindings for facade shop_api version 1 (PostgreSQL schema shop_api_v1).\nclass V1 {}\n");

        var summary = CodegenWriter.write(out, List.of(file("com/example/A.java", "class A {}\n")));

        assertThat(summary.deleted()).containsExactly("com/example/OldRow.java");
        assertThat(out.resolve("com/example/OldRow.java")).doesNotExist();
        assertThat(out.resolve("com/example/Mine.java")).exists();
        assertThat(out.resolve("com/example/V1.java")).exists();
    }

    @Test
    void anOutputPathThatIsAFileIsAClearError() throws Exception {
        Path file = Files.writeString(out.resolve("taken"), "x");
        assertThatThrownBy(() -> CodegenWriter.write(file, List.of(file("A.java", ""))))
                .isInstanceOf(CodegenWriteException.class)
                .hasMessage("cannot write generated sources to " + file + ": it exists and is not a directory."
                        + " Choose an output directory you can write to (--out DIR).");
    }

    @Test
    void aFileInTheWayOfTheDirectoryIsAClearError() throws Exception {
        Files.writeString(out.resolve("taken"), "x");
        Path below = out.resolve("taken/generated");
        assertThatThrownBy(() -> CodegenWriter.write(below, List.of(file("A.java", ""))))
                .isInstanceOf(CodegenWriteException.class)
                .hasMessage("cannot write generated sources to " + below + ": " + out.resolve("taken")
                        + " is a file, not a directory. Choose an output directory you can write to (--out DIR).");
    }

    @Test
    void aReadOnlyDirectoryIsAClearError() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(out.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> CodegenWriter.write(locked, List.of(file("com/A.java", ""))))
                    .isInstanceOf(CodegenWriteException.class)
                    .hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
