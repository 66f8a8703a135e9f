package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** An enum lists each label once. */
public final class DuplicateEnumLabels implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_ENUM_LABEL.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var enumType : model.core().enums()) {
            var labels = new FirstDeclarations();
            for (var value : enumType.values()) {
                var first = labels.claim(value.label(), "label", value.span());
                if (first == null) {
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, value.span(),
                                "label '" + value.label() + "' appears twice in enum '" + enumType.name() + "'",
                                "remove the repeated label")
                        .withNote(first.span(), "'" + value.label() + "' is first listed here"));
            }
        }
    }
}
