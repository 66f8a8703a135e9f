package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code not valid} and the deferral of keys take part in a model's fingerprint, and a valid check or foreign key,
 * or a key that is not deferrable, keeps the JSON it had before these options existed (so the fingerprints of plans
 * written then stay valid).
 */
class ConstraintOptionsFingerprintTest {

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

    @Test
    void deferralOfKeysChangesTheFingerprintAndIsLeftOutWhenNotDeferrable() {
        String keys = """
                core {
                  table seat {
                    id    integer primary key%s
                    code  text unique%s
                  }
                }
                """;
        var plain = parse(keys.formatted("", ""));
        var deferrableKey = parse(keys.formatted(" deferrable", ""));
        var deferredKey = parse(keys.formatted(" deferrable initially deferred", ""));
        var deferrableUnique = parse(keys.formatted("", " deferrable"));
        assertThat(List.of(plain, deferrableKey, deferredKey, deferrableUnique).stream().map(ModelFingerprint::of))
                .doesNotHaveDuplicates();
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(plain))).doesNotContain("deferrable")
                .doesNotContain("initiallyDeferred").contains("\"nullsNotDistinct\":false");
        assertThat(ModelFingerprint.json(ModelFingerprint.canonical(deferredKey)))
                .contains("\"deferrable\":true,\"initiallyDeferred\":true");
    }

    private static Model model(String key, String check) {
        return parse(TABLES.formatted(key, check));
    }

    private static Model parse(String text) {
        var result = new StrataParser().parse("schema.strata", text);
        assertThat(result.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(result.unit()));
    }
}
