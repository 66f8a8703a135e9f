package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/**
 * A word among a type's modifiers ({@code geometry(point, 4326)}) is for the type of an extension, whose input
 * function reads it; built-in types take numbers only, and enums and domains take no modifiers at all. Types no
 * one declared are {@link UnknownTypes}' to report.
 */
public final class TypeModifierWords implements SchemaRule {

    public static final String CODE = Code.TYPE_MODIFIER_WORD.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        var core = model.core();
        for (var usage : TypeUsage.of(model)) {
            var type = usage.type();
            var word = type.modifiers().stream().filter(m -> !TypeNames.isNumericModifier(m)).findFirst();
            if (word.isEmpty()) {
                continue;
            }
            boolean builtIn = TypeNames.isBuiltIn(type.name());
            if (!builtIn && core.enumType(type.name()).isEmpty() && core.domain(type.name()).isEmpty()) {
                continue;
            }
            diagnostics.error(CODE, usage.span(), "type " + type.name() + " in " + usage.what() + " has the modifier '"
                            + word.get() + "'", builtIn ? "a built-in type takes numbers only, as in numeric(12,2)"
                            : "an enum or domain takes no modifiers; words are for an extension's types");
        }
    }
}
