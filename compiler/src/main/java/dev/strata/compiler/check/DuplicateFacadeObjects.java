package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Declaration;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * Within one facade version every view and routine has its own name: grants name their object by name alone,
 * and Strata does not support overloaded routines (two functions of one name with different parameters).
 */
public final class DuplicateFacadeObjects implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_FACADE_OBJECT.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var facade : model.facades()) {
            inspect(facade, diagnostics);
        }
    }

    private static void inspect(Facade facade, Diagnostics diagnostics) {
        var objects = new ArrayList<Declaration>(facade.views());
        objects.addAll(facade.routines());
        objects.sort(Comparator.comparing((Declaration d) -> d.span().file())
                .thenComparingInt(d -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        var names = new FirstDeclarations();
        for (var object : objects) {
            var first = names.claim(object.name(), object.kind(), object.span());
            if (first == null) {
                continue;
            }
            var overload = object instanceof Routine && !first.kind().contains("view");
            var message = overload
                    ? object.kind() + " '" + object.name() + "' is declared twice in " + facade.label()
                            + "; overloaded routines are not supported"
                    : object.kind() + " '" + object.name() + "' has the same name as " + Words.a(first.kind())
                            + " in " + facade.label();
            var hint = overload
                    ? "give each variant its own name, or use parameter defaults"
                    : "the objects of a facade version are granted by name, so each needs its own; rename one";
            diagnostics.report(Diagnostic.error(CODE, object.span(), message, hint)
                    .withNote(first.span(), "the " + first.kind() + " '" + object.name() + "' is declared here"));
        }
    }
}
