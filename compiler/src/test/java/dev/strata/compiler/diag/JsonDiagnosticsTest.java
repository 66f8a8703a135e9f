package dev.strata.compiler.diag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiagnosticsTest {

    @Test
    void writesOneObjectPerDiagnosticWithPositionsHintAndNotes() throws Exception {
        var first = new Span("schema/a.strata", 3, 5, 3, 10, 20, 25);
        var second = new Span("schema/b.strata", 7, 1, 8, 2, 60, 75);
        var diagnostics = List.of(
                Diagnostic.error("S0201", first, "table 't' has more than one primary key", "keep one")
                        .withNote(second, "the first primary key is here"),
                Diagnostic.warning("S0009", Span.of("strata.toml", 0, 0), "unknown key 'x' in strata.toml", null));

        var json = new ObjectMapper().readTree(JsonDiagnostics.toJson(diagnostics));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        var error = json.get(0);
        assertThat(error.get("file").asText()).isEqualTo("schema/a.strata");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("column").asInt()).isEqualTo(5);
        assertThat(error.get("endLine").asInt()).isEqualTo(3);
        assertThat(error.get("endColumn").asInt()).isEqualTo(10);
        assertThat(error.get("severity").asText()).isEqualTo("error");
        assertThat(error.get("code").asText()).isEqualTo("S0201");
        assertThat(error.get("message").asText()).isEqualTo("table 't' has more than one primary key");
        assertThat(error.get("hint").asText()).isEqualTo("keep one");
        var note = error.get("notes").get(0);
        assertThat(note.get("file").asText()).isEqualTo("schema/b.strata");
        assertThat(note.get("line").asInt()).isEqualTo(7);
        assertThat(note.get("endLine").asInt()).isEqualTo(8);
        assertThat(note.get("message").asText()).isEqualTo("the first primary key is here");

        var warning = json.get(1);
        assertThat(warning.get("severity").asText()).isEqualTo("warning");
        assertThat(warning.get("line").asInt()).isZero();
        assertThat(warning.get("hint").isNull()).isTrue();
        assertThat(warning.get("notes")).isEmpty();
        assertThat(warning.fieldNames()).toIterable().containsExactly("file", "line", "column", "endLine",
                "endColumn", "severity", "code", "message", "hint", "notes");
    }

    @Test
    void anEmptyListIsAnEmptyArray() throws Exception {
        assertThat(new ObjectMapper().readTree(JsonDiagnostics.toJson(List.of())).isEmpty()).isTrue();
    }
}
