package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** Each version of a facade is declared in one block: two blocks of one version would be one schema. */
public final class DuplicateFacadeVersions implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_FACADE_VERSION.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var versions = new FirstDeclarations();
        for (var facade : model.facades()) {
            var first = versions.claim(facade.schemaName(), "facade", facade.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, facade.span(), "facade " + facade.label()
                                    + " is declared twice",
                            "declare each version once; to change its interface, declare version "
                                    + (facade.version() + 1) + " beside it")
                    .withNote(first.span(), facade.label() + " is first declared here"));
        }
    }
}
