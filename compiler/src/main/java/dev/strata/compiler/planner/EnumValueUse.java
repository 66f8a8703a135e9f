package dev.strata.compiler.planner;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.diff.Change;
import dev.strata.compiler.diff.Change.AddEnumValue;
import java.util.List;

/**
 * PostgreSQL lets ALTER TYPE … ADD VALUE run in a transaction (12+), but the new label cannot be used before
 * that transaction commits. Since a plan is one transaction, a plan that adds a label and also uses it (in a
 * default, a check, a view) would fail when applied. This finds that while planning.
 */
final class EnumValueUse {

    private EnumValueUse() {
    }

    static void check(List<Change> changes, List<Draft> drafts, Diagnostics diagnostics) {
        for (Change change : changes) {
            if (!(change instanceof AddEnumValue added)) {
                continue;
            }
            for (Draft draft : drafts) {
                if (draft.change.contains("enum") || !BodyScanner.literals(draft.sql).contains(added.label())) {
                    continue;
                }
                var span = added.to().values().stream().filter(v -> v.label().equals(added.label())).findFirst()
                        .map(v -> v.span()).orElse(added.to().span());
                diagnostics.error(Code.ENUM_VALUE_ADDED_AND_USED, span,
                        "enum value '" + added.label() + "' of " + added.to().name()
                                + " is added and used (" + draft.change + " " + draft.object + ") in the same plan",
                        "PostgreSQL cannot use a new enum value in the transaction that adds it: plan the value "
                                + "alone first, then its use in a second plan");
                break;
            }
        }
    }
}
