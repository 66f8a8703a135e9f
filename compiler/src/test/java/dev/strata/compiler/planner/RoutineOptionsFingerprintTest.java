package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Routine options take part in a model's fingerprint, and a routine without them keeps the JSON it had before they
 * existed (so the fingerprints of plans written then stay valid).
 */
class RoutineOptionsFingerprintTest {

    private static final String ROUTINE = """
            core {
              function f(x int) returns setof int language sql %s as $$ select x $$
            }
            """;

    @Test
    void everyOptionChangesTheFingerprint() {
        var fingerprints = List.of("", "cost 5", "rows 5", "parallel safe", "parallel restricted", "leakproof",
                "set work_mem = '8MB'", "set work_mem = '9MB'", "set work_mem from current").stream()
                .map(options -> ModelFingerprint.of(model(options))).toList();

        assertThat(fingerprints).doesNotHaveDuplicates();
    }

    @Test
    void aRoutineWithoutOptionsIsWrittenWithoutTheNewField() {
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(model("")))).doesNotContain("options")
                .contains("\"strict\":false,\"body\"");
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(model("cost 5")))).contains("\"options\"");
    }

    private static Model model(String options) {
        var result = new StrataParser().parse("schema.strata", ROUTINE.formatted(options));
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
