package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Row level security and policies take part in a model's fingerprint, and a table without them keeps the JSON it
 * had before they existed (so the fingerprints of plans written then stay valid).
 */
class RowSecurityFingerprintTest {

    private static final String TABLE = """
            core {
              table document {
                id     bigint primary key
                owner  name not null
            %s  }
            }
            """;

    @Test
    void policiesAndRowSecurityChangeTheFingerprint() {
        var bare = ModelFingerprint.of(model(""));
        var enabled = ModelFingerprint.of(model("    enable row level security\n"));
        var forced = ModelFingerprint.of(model("    enable row level security\n    force row level security\n"));
        var policy = ModelFingerprint.of(model("    policy p for select using (owner = current_user)\n"));
        var otherRole = ModelFingerprint.of(model("    policy p for select to app using (owner = current_user)\n"));

        assertThat(List.of(bare, enabled, forced, policy, otherRole)).doesNotHaveDuplicates();
    }

    @Test
    void aTableWithoutRowSecurityIsWrittenWithoutTheNewFields() {
        var canonical = ModelFingerprint.canonical(model(""));
        var fingerprintJson = fingerprintJson(canonical);
        assertThat(fingerprintJson).doesNotContain("rowSecurity").doesNotContain("policies");
        assertThat(fingerprintJson(ModelFingerprint.canonical(model("    enable row level security\n"))))
                .contains("\"rowSecurity\"");
    }

    private static String fingerprintJson(Model model) {
        return ModelFingerprint.json(model);
    }

    private static Model model(String lines) {
        var result = new StrataParser().parse("schema.strata", TABLE.formatted(lines));
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
