package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** An extension is declared once; a second declaration usually means two files each thought they owned it. */
public final class DuplicateExtensions implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_EXTENSION.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var extension : model.core().extensions()) {
            var first = names.claim(extension.name(), "extension", extension.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, extension.span(),
                            "extension '" + extension.name() + "' is declared twice", "remove one declaration")
                    .withNote(first.span(), "the extension '" + extension.name() + "' is first declared here"));
        }
    }
}
