package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/** S1735: the column pairs that {@code expands} cannot keep in step, each with its reason; a good pair passes. */
class ColumnExpansionsTest {

    private static java.util.List<String> problems(String columns) {
        var check = SourceCheck.of("schema.strata", "core {\n  table t {\n    id bigint primary key\n" + columns
                + "\n  }\n}\n");
        return check.diagnostics().stream().filter(d -> d.code().equals("S1735")).map(Diagnostic::message).toList();
    }

    @Test
    void aPairThatCanBeKeptInStepPasses() {
        assertThat(problems("    a integer not null default 0\n    b bigint not null expands a")).isEmpty();
        assertThat(problems("    a integer\n    b text expands a using (a::text) reverse (b::integer)")).isEmpty();
    }

    @Test
    void eachPairThatCannotSaysWhy() {
        assertThat(problems("    a integer\n    b bigint expands b")).singleElement().asString()
                .endsWith("a column cannot expand itself");
        assertThat(problems("    a integer\n    b bigint expands c")).singleElement().asString()
                .isEqualTo("column 't.b' cannot expand 'c': table 't' has no column 'c'");
        assertThat(problems("    a integer\n    b bigint expands a\n    c numeric expands b")).singleElement()
                .asString().contains("'b' expands 'a' itself");
        assertThat(problems("    a integer\n    b bigint expands a\n    c numeric expands a")).hasSize(2)
                .allMatch(m -> m.endsWith("another column of the table expands it too"));
        assertThat(problems("    a integer\n    b bigint default 0 expands a")).singleElement().asString()
                .contains("the new column has a default");
        assertThat(problems("    a integer\n    b bigint generated always as identity expands a")).singleElement()
                .asString().contains("identity or generated");
        assertThat(problems("    a integer\n    b bigint expands a using (a::bigint) irreversible")).singleElement()
                .asString().contains("'irreversible' leaves no way");
    }
}
