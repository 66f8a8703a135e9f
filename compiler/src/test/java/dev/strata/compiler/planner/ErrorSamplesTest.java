package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.project.ProjectLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every planning sample in {@code samples/errors} (a directory named after its S2xxx code) produces its code: a
 * before/after pair is planned directly; a project is planned with the name in its {@code NAME} file, or "next".
 */
class ErrorSamplesTest {

    static final Path SAMPLES = Path.of("../samples/errors");

    @TestFactory
    Stream<DynamicTest> everyPlanningSampleProducesItsCode() throws IOException {
        try (Stream<Path> entries = Files.list(SAMPLES)) {
            var dirs = entries.filter(p -> p.getFileName().toString().startsWith("S2")).sorted().toList();
            assertThat(dirs).hasSizeGreaterThanOrEqualTo(15);
            return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
                String code = dir.getFileName().toString().substring(0, 5);
                assertThat(codes(dir)).contains(code);
            }));
        }
    }

    static Stream<String> codesStream(java.util.List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code);
    }

    static java.util.List<String> codes(Path dir) throws IOException {
        if (Files.exists(dir.resolve("before.strata"))) {
            var before = PlanCase.parse(dir, "before.strata");
            var after = PlanCase.parse(dir, "after.strata");
            var result = Planner.plan(new PlanRequest(before, after, "core", "0002_sample", false, false));
            return codesStream(result.diagnostics()).toList();
        }
        Path nameFile = dir.resolve("NAME");
        String name = Files.exists(nameFile) ? Files.readString(nameFile).strip() : "next";
        var outcome = PlanMaker.make(ProjectLoader.load(dir), name, false, "test");
        return codesStream(outcome.diagnostics()).toList();
    }
}
