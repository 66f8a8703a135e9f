package dev.strata.compiler.check;

import dev.strata.compiler.check.TypeUsage.Place;
import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/**
 * Pseudo-types ({@code trigger}, {@code void}, {@code record}, {@code anyelement}…) describe what functions take
 * and return; no column, view column or domain can hold them, and no parameter can be a {@code trigger} or
 * {@code void}.
 */
public final class PseudoTypes implements SchemaRule {

    public static final String CODE = Code.PSEUDO_TYPE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var usage : TypeUsage.of(model)) {
            if (!TypeCatalog.isPseudo(usage.type()) || isAllowed(usage)) {
                continue;
            }
            var name = TypeNames.canonicalName(usage.type().name());
            diagnostics.error(CODE, usage.span(), usage.what() + " cannot have pseudo-type '" + name + "'",
                    hint(usage.place(), name));
        }
    }

    private static boolean isAllowed(TypeUsage usage) {
        if (usage.place() == Place.RETURNS) {
            return true;
        }
        var name = TypeNames.canonicalName(usage.type().name());
        return usage.place() == Place.PARAMETER && !usage.type().isArray()
                && (name.equals("anyelement") || name.equals("anyarray") || name.equals("record"));
    }

    private static String hint(Place place, String name) {
        if (name.equals("trigger") || name.equals("event_trigger")) {
            return "'" + name + "' is only a return type: write 'returns " + name + "' on the function";
        }
        if (place == Place.PARAMETER) {
            return "remove the parameter, or give it a data type";
        }
        return "give it a data type, such as 'jsonb' for free-form values";
    }
}
