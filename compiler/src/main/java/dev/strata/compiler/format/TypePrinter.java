package dev.strata.compiler.format;

import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import dev.strata.plan.sql.Identifiers;
import java.util.Map;

/**
 * A type as the grammar spells it. Multi-word built-in types stay bare, and their modifiers go where the grammar
 * puts them: {@code timestamp(3) with time zone}, {@code character varying(20)}. Any other name is one
 * identifier, quoted when needed.
 */
final class TypePrinter {

    /** Multi-word type names: the words before the modifiers, and the words after them. */
    private static final Map<String, String[]> MULTI_WORD = Map.of(
            "double precision", new String[] {"double precision", ""},
            "character varying", new String[] {"character varying", ""},
            "char varying", new String[] {"char varying", ""},
            "bit varying", new String[] {"bit varying", ""},
            "timestamp with time zone", new String[] {"timestamp", " with time zone"},
            "timestamp without time zone", new String[] {"timestamp", " without time zone"},
            "time with time zone", new String[] {"time", " with time zone"},
            "time without time zone", new String[] {"time", " without time zone"});

    private TypePrinter() {
    }

    /** A type named {@code setof} is quoted: {@code returns setof stable} would read as a set of {@code stable}. */
    private static String name(String name) {
        return name.equals("setof") ? Identifiers.quote(name) : StrataNames.name(name);
    }

    static String print(TypeRef type) {
        var text = new StringBuilder();
        var words = MULTI_WORD.get(type.name());
        text.append(words == null ? name(type.name()) : words[0]);
        if (!type.modifiers().isEmpty()) {
            text.append('(').append(String.join(",", type.modifiers().stream()
                    .map(m -> TypeNames.isNumericModifier(m) ? m : StrataNames.name(m)).toList())).append(')');
        }
        if (words != null) {
            text.append(words[1]);
        }
        text.append("[]".repeat(type.arrayDimensions()));
        return text.toString();
    }
}
