package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.Trigger;

/**
 * Trigger forms PostgreSQL rejects on tables: {@code instead of} (only views have those) and
 * {@code truncate … for each row} (truncate fires once per statement).
 */
public final class TriggerShapes implements SchemaRule {

    public static final String CODE = Code.UNSUPPORTED_TRIGGER.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var table : model.core().tables()) {
            for (var trigger : table.triggers()) {
                var what = "trigger '" + trigger.name() + "' on table '" + table.name() + "'";
                if (trigger.timing() == Trigger.Timing.INSTEAD_OF) {
                    diagnostics.error(CODE, trigger.span(), what + " is 'instead of', which only views can have",
                            "use 'before' or 'after'");
                }
                if (trigger.forEachRow() && trigger.events().contains(Trigger.Event.TRUNCATE)) {
                    diagnostics.error(CODE, trigger.span(), what + " fires on truncate for each row",
                            "truncate triggers fire once per statement: use 'for each statement', or move"
                                    + " 'truncate' into a trigger of its own");
                }
            }
        }
    }
}
