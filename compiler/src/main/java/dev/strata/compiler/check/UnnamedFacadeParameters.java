package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Facade;
import dev.strata.compiler.model.Model;

/**
 * A facade routine's parameters have names: applications and the generated code call them by name, and a facade's
 * released interface is compared by them. Only core routines may have unnamed parameters ({@code $1 integer}).
 */
public final class UnnamedFacadeParameters implements SchemaRule {

    public static final String CODE = Code.UNNAMED_FACADE_PARAMETER.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (Facade facade : model.facades()) {
            for (var routine : facade.routines()) {
                for (int i = 0; i < routine.parameters().size(); i++) {
                    var parameter = routine.parameters().get(i);
                    if (parameter.name() != null) {
                        continue;
                    }
                    diagnostics.error(CODE, parameter.span(), "parameter $" + (i + 1) + " of " + routine.kind() + " '"
                                    + routine.name() + "' in " + facade.label() + " has no name",
                            "applications call a facade routine by its parameters' names: give it one");
                }
            }
        }
    }
}
