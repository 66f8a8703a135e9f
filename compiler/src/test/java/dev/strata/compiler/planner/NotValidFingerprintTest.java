package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code not valid} takes part in a model's fingerprint, and a valid check or foreign key keeps the JSON it had
 * before {@code not valid} existed (so the fingerprints of plans written then stay valid).
 */
class NotValidFingerprintTest {

    private static final String TABLES = """
            core {
              table team { id integer primary key }
              table member {
                id       integer primary key
                team_id  integer references team (id)%s
                age      integer check (age >= 0)%s
              }
            }
            """;

    @Test
    void notValidChangesTheFingerprint() {
        var valid = ModelFingerprint.of(model("", ""));
        var keyNotValid = ModelFingerprint.of(model(" not valid", ""));
        var checkNotValid = ModelFingerprint.of(model("", " not valid"));
        assertThat(List.of(valid, keyNotValid, checkNotValid)).doesNotHaveDuplicates();
    }

    @Test
    void validConstraintsAreWrittenWithoutTheNewField() {
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(model("", "")))).doesNotContain("notValid")
                .contains("\"expression\":\"age >= 0\"", "\"refTable\":\"team\"");
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(model(" not valid", " not valid"))))
                .contains("\"notValid\":true");
    }

    private static Model model(String key, String check) {
        var result = new StrataParser().parse("schema.strata", TABLES.formatted(key, check));
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
