package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Trigger;
import java.util.List;

/** Trigger names are unique per table and per view. */
public final class DuplicateTriggers implements SchemaRule {

    public static final String CODE = Code.DUPLICATE_TRIGGER.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            inspect(table.triggers(), "table '" + table.name() + "'", diagnostics);
        }
        for (var view : model.core().views()) {
            inspect(view.triggers(), "view '" + view.name() + "'", diagnostics);
        }
    }

    private static void inspect(List<Trigger> triggers, String on, Diagnostics diagnostics) {
        var names = new FirstDeclarations();
        for (var trigger : triggers) {
            var first = names.claim(trigger.name(), "trigger", trigger.span());
            if (first == null) {
                continue;
            }
            diagnostics.report(Diagnostic.error(CODE, trigger.span(),
                            "trigger '" + trigger.name() + "' is declared twice on " + on,
                            "rename one of them, or merge their events into one trigger")
                    .withNote(first.span(), "the trigger '" + trigger.name() + "' is first declared here"));
        }
    }
}
