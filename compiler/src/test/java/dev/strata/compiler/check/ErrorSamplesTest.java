package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every file in samples/errors produces the diagnostic its name starts with. */
class ErrorSamplesTest {

    @TestFactory
    Stream<DynamicTest> eachSampleReportsTheCodeInItsName() throws IOException {
        // planning samples (S2xxx) need a previous plan or a plan name: dev.strata.compiler.planner.ErrorSamplesTest
        return DiagnosticsCatalogTest.samples().stream()
                .filter(sample -> !DiagnosticsCatalogTest.codeOf(sample).startsWith("S2"))
                .map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> check(sample)));
    }

    private static void check(Path sample) throws IOException {
        var code = DiagnosticsCatalogTest.codeOf(sample);
        List<Diagnostic> found = SourceCheck.ofSample(sample).diagnostics();

        assertThat(found).as("diagnostics of %s", sample.getFileName())
                .extracting(Diagnostic::code).contains(code);
    }
}
