package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one place where a command's exceptions become output and exit codes. */
class FailuresTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);
    private final Command status = Commands.find("status").orElseThrow();

    @Test
    void everyKindOfRuntimeProblemHasItsExitCode() {
        var expected = Map.of(ProblemKind.INVALID, ExitCode.VALIDATION, ProblemKind.USAGE, ExitCode.USAGE,
                ProblemKind.DATABASE, ExitCode.DATABASE, ProblemKind.DRIFT, ExitCode.DRIFT,
                ProblemKind.LOCK_WAIT, ExitCode.LOCK_WAIT, ProblemKind.CONNECTION, ExitCode.CONNECTION);

        assertThat(expected).containsOnlyKeys(ProblemKind.values());
        expected.forEach((kind, code) -> assertThat(ExitCode.of(kind)).as(kind.name()).isEqualTo(code));
    }

    @Test
    void aRuntimeProblemIsItsParagraphAfterTheCommandsName() {
        var problem = new Problem(ProblemKind.DRIFT, "The live schema differs.", "Run strata status to see how.");

        ExitCode code = Failures.report(status, new StrataException(problem), terminal);

        assertThat(code).isEqualTo(ExitCode.DRIFT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("strata status: The live schema differs.\nRun strata status to see how.\n");
    }

    @Test
    void anythingElseIsAnInternalErrorWithoutAStackTrace() {
        ExitCode code = Failures.report(status, new IllegalStateException("boom"), terminal);

        assertThat(code).isEqualTo(ExitCode.INTERNAL);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("strata status: internal error:"
                + " java.lang.IllegalStateException: boom\nThis is a bug in Strata.").doesNotContain("\tat ");
    }
}
