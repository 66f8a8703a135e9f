package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;

/** Trigger names are unique per table. */
public final class DuplicateTriggers implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_TRIGGER.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            var names = new FirstDeclarations();
            for (var trigger : table.triggers()) {
                var first = names.claim(trigger.name(), "trigger", trigger.span());
                if (first == null) {
                    continue;
                }
                diagnostics.report(Diagnostic.error(CODE, trigger.span(),
                                "trigger '" + trigger.name() + "' is declared twice on table '" + table.name() + "'",
                                "rename one of them, or merge their events into one trigger")
                        .withNote(first.span(), "the trigger '" + trigger.name() + "' is first declared here"));
            }
        }
    }
}
