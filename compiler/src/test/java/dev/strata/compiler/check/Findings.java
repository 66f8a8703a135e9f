package dev.strata.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import dev.strata.compiler.model.Model;
import java.util.List;

/** Runs the checker over a fixture model and lets a test pick the findings of one code. */
final class Findings {

    private final List<Diagnostic> all;

    private Findings(List<Diagnostic> all) {
        this.all = all;
    }

    static Findings of(Model model) {
        return new Findings(SemanticChecker.check(model));
    }

    static Findings of(SchemaFixture fixture) {
        return of(fixture.build());
    }

    List<Diagnostic> all() {
        return all;
    }

    List<String> codes() {
        return all.stream().map(Diagnostic::code).toList();
    }

    List<Diagnostic> withCode(String code) {
        return all.stream().filter(d -> d.code().equals(code)).toList();
    }

    /** The one finding of {@code code}; fails when there is none or more than one. */
    Diagnostic single(String code) {
        var found = withCode(code);
        assertThat(found).as("findings with code %s among %s", code, all).hasSize(1);
        return found.get(0);
    }

    static void assertPointsAt(Diagnostic diagnostic, Span span) {
        assertThat(diagnostic.span().line()).as("line of %s", diagnostic.message()).isEqualTo(span.line());
    }

    static void assertNoteAt(Diagnostic diagnostic, Span span) {
        assertThat(diagnostic.notes()).as("notes of %s", diagnostic.message()).hasSize(1);
        assertThat(diagnostic.notes().get(0).span().line()).isEqualTo(span.line());
    }
}
