package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Routine;
import dev.strata.compiler.model.Trigger;
import dev.strata.compiler.model.TypeNames;

/**
 * A trigger executes a core function that takes no parameters and {@code returns trigger}; the trigger's own
 * arguments reach it through {@code TG_ARGV}.
 */
public final class TriggerFunctions implements SchemaRule {

    public static final String UNKNOWN_FUNCTION = Code.UNKNOWN_TRIGGER_FUNCTION.code();
    public static final String NOT_A_TRIGGER_FUNCTION = Code.NOT_A_TRIGGER_FUNCTION.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var lookup = SchemaLookup.of(model);
        for (var table : model.core().tables()) {
            for (var trigger : table.triggers()) {
                inspect("table '" + table.name() + "'", trigger, lookup, diagnostics);
            }
        }
        for (var view : model.core().views()) {
            for (var trigger : view.triggers()) {
                inspect("view '" + view.name() + "'", trigger, lookup, diagnostics);
            }
        }
    }

    private static void inspect(String on, Trigger trigger, SchemaLookup lookup, Diagnostics diagnostics) {
        var what = "trigger '" + trigger.name() + "' on " + on;
        var function = lookup.routine(trigger.function());
        if (function == null) {
            diagnostics.error(UNKNOWN_FUNCTION, trigger.span(), what + " executes unknown function '"
                            + trigger.function() + "'",
                    Suggestions.didYouMean(trigger.function(), lookup.routines().keySet(),
                            "declare 'function " + trigger.function() + "() returns trigger' in a core block"));
            return;
        }
        if (function.routineKind() == Routine.RoutineKind.PROCEDURE) {
            report(diagnostics, UNKNOWN_FUNCTION, trigger, function, what + " executes '" + function.name()
                    + "', which is a procedure", "declare it as 'function " + function.name()
                    + "() returns trigger'");
            return;
        }
        if (!returnsTrigger(function)) {
            report(diagnostics, NOT_A_TRIGGER_FUNCTION, trigger, function, what + " executes function '"
                    + function.name() + "', which does not return trigger", "declare it with 'returns trigger'");
            return;
        }
        if (!function.parameters().isEmpty()) {
            report(diagnostics, NOT_A_TRIGGER_FUNCTION, trigger, function, what + " executes function '"
                            + function.name() + "', which takes parameters",
                    "trigger functions take no parameters; pass arguments in the trigger and read TG_ARGV");
        }
    }

    private static boolean returnsTrigger(Routine function) {
        var returns = function.returns();
        return returns != null && returns.type() != null && !returns.setOf()
                && TypeNames.canonical(returns.type()).equals("trigger");
    }

    private static void report(Diagnostics diagnostics, String code, Trigger trigger, Routine function,
                               String message, String hint) {
        diagnostics.report(Diagnostic.error(code, trigger.span(), message, hint)
                .withNote(function.span(), "the " + function.kind() + " '" + function.name() + "' is declared here"));
    }
}
