package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** A collation is declared once (collations have a namespace of their own, apart from types and relations). */
public final class DuplicateCollations implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_COLLATION.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var collation : model.core().collations()) {
            var first = names.claim(collation.name(), "collation", collation.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, collation.span(),
                            "collation '" + collation.name() + "' is declared twice", "remove one declaration")
                    .withNote(first.span(), "the collation '" + collation.name() + "' is first declared here"));
        }
    }
}
