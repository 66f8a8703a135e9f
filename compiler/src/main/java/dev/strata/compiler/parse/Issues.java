package dev.strata.compiler.parse;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import java.util.ArrayList;
import java.util.List;

/** The problems found while translating a parse tree that had no syntax error; all of them are kept. */
final class Issues {

    private final List<Diagnostic> found = new ArrayList<>();

    void error(SyntaxCode code, Span span, String message, String hint) {
        found.add(Diagnostic.error(code.code(), span, message, hint));
    }

    void error(SyntaxCode code, Span span, String message, String hint, Span noteSpan, String note) {
        found.add(Diagnostic.error(code.code(), span, message, hint).withNote(noteSpan, note));
    }

    List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
