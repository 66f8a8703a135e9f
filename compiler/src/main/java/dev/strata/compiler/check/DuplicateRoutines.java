package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** Core functions and procedures have unique names: Strata does not support overloaded routines. */
public final class DuplicateRoutines implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_ROUTINE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var routine : model.core().routines()) {
            var first = names.claim(routine.name(), routine.kind(), routine.span());
            if (first == null) {
                continue;
            }
            var message = routine.kind().equals(first.kind())
                    ? routine.kind() + " '" + routine.name() + "' is declared twice; overloaded routines are not"
                            + " supported"
                    : routine.kind() + " '" + routine.name() + "' has the same name as " + Words.a(first.kind());
            diagnostics.report(Diagnostic.error(CODE, routine.span(), message,
                            "give each routine its own name, or use parameter defaults")
                    .withNote(first.span(), "the " + first.kind() + " '" + routine.name() + "' is declared here"));
        }
    }
}
