package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** Facade versions count from 1. */
public final class FacadeVersionNumbers implements SchemaRule {

    public static final String CODE = Code.FACADE_VERSION_OUT_OF_RANGE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var facade : model.facades()) {
            if (facade.version() >= 1) {
                continue;
            }
            diagnostics.error(CODE, facade.span(), "facade '" + facade.name() + "' has version " + facade.version()
                    + "; versions count from 1", "declare it as 'facade " + facade.name() + " version 1'");
        }
    }
}
