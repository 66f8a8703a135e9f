package dev.strata.compiler.model;

import dev.strata.compiler.diag.Span;
import java.util.List;

/**
 * A column, parameter or domain type as written: {@code name} is the type name in lower case with single spaces
 * ({@code "numeric"}, {@code "timestamp with time zone"}, {@code "timestamptz"}, or a user enum or domain name),
 * {@code modifiers} are the values in parentheses ({@code ["12", "2"]} for {@code numeric(12,2)}), and
 * {@code arrayDimensions} counts the {@code []} suffixes. Use {@link TypeNames#canonical(TypeRef)} to compare
 * types, because {@code int}, {@code int4} and {@code integer} are the same type.
 */
public record TypeRef(String name, List<String> modifiers, int arrayDimensions, Span span) {

    public TypeRef {
        modifiers = List.copyOf(modifiers);
    }

    public static TypeRef of(String name) {
        return new TypeRef(name, List.of(), 0, Span.NONE);
    }

    /** The type as SQL: name, modifiers, array brackets. */
    public String sql() {
        String modifierText = modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers) + ")";
        String sqlName = TypeNames.sqlName(name);
        int zone = sqlName.indexOf(" with");
        if (!modifierText.isEmpty() && zone > 0 && (sqlName.startsWith("timestamp ") || sqlName.startsWith("time "))) {
            // PostgreSQL wants the precision after the first word: timestamp(3) with time zone
            return sqlName.substring(0, zone) + modifierText + sqlName.substring(zone) + "[]".repeat(arrayDimensions);
        }
        return sqlName + modifierText + "[]".repeat(arrayDimensions);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The same type without array brackets. */
    public TypeRef elementType() {
        return new TypeRef(name, modifiers, 0, span);
    }
}
