package dev.strata.compiler.check;

import dev.strata.compiler.diag.Code;
import dev.strata.compiler.diag.Diagnostics;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.TypeNames;

/** A sequence counts in {@code smallint}, {@code integer} or {@code bigint} (the default), nothing else. */
public final class SequenceTypes implements SchemaRule {

    public static final String CODE = Code.SEQUENCE_TYPE.code();

    @Override
    public void inspect(Model model, Diagnostics diagnostics) {
        for (var sequence : model.core().sequences()) {
            var type = sequence.type();
            if (type == null || isInteger(type.name()) && !type.isArray() && type.modifiers().isEmpty()) {
                continue;
            }
            var span = type.span().isKnown() ? type.span() : sequence.span();
            diagnostics.error(CODE, span, "sequence '" + sequence.name() + "' cannot count in " + type.sql(),
                    Suggestions.closest(type.name(), TypeCatalog.INTEGER_TYPES)
                            .map(s -> "did you mean '" + s + "'?")
                            .orElse("use 'as smallint', 'as integer' or 'as bigint'"));
        }
    }

    static boolean isInteger(String typeName) {
        return TypeCatalog.INTEGER_TYPES.contains(TypeNames.canonicalName(typeName));
    }
}
