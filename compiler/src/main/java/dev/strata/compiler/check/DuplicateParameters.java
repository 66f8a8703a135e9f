package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Parameter;
import dev.strata.compiler.model.Routine;
import java.util.ArrayList;
import java.util.stream.Stream;

/**
 * The parameters of a routine have distinct names, and so do the columns of {@code returns table (…)}, which
 * PostgreSQL treats as output parameters of the same function.
 */
public final class DuplicateParameters implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_PARAMETER.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var facadeRoutines = model.facades().stream().flatMap(f -> f.routines().stream());
        Stream.concat(model.core().routines().stream(), facadeRoutines).forEach(r -> inspect(r, diagnostics));
    }

    private static void inspect(Routine routine, Diagnostics diagnostics) {
        var all = new ArrayList<Parameter>(routine.parameters());
        if (routine.returns() != null) {
            all.addAll(routine.returns().table());
        }
        var names = new FirstDeclarations();
        for (var parameter : all) {
            if (parameter.name() == null) {
                continue;
            }
            var first = names.claim(parameter.name(), "parameter", parameter.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, parameter.span(),
                            "parameter '" + parameter.name() + "' is declared twice in " + routine.kind() + " '"
                                    + routine.name() + "'",
                            "rename one of them (the columns of 'returns table' count as parameters too)")
                    .withNote(first.span(), "'" + parameter.name() + "' is first declared here"));
        }
    }
}
