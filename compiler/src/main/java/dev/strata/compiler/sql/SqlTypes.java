package dev.strata.compiler.sql;

import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import dev.strata.plan.sql.Sql;
import java.util.List;

/**
 * A model type as SQL, built with {@link Sql}: built-in types by their canonical name ({@code timestamp(3) with
 * time zone}), user-defined types (enums, domains, extension types) qualified with the schema they live in.
 */
public final class SqlTypes {

    private static final List<String> ZONES = List.of(" with time zone", " without time zone");

    private SqlTypes() {
    }

    /** The type, with a {@code COLLATE} clause when {@code collation} is not null. */
    public static Sql of(TypeRef type, String schema, String collation) {
        Sql sql = Sql.empty();
        if (!TypeNames.isBuiltIn(type.name())) {
            sql.name(schema, type.name()).typeModifierValues(type.modifiers());
        } else {
            String name = TypeNames.canonicalName(type.name());
            String zone = null;
            for (String suffix : ZONES) {
                if (name.endsWith(suffix) && !type.modifiers().isEmpty()) {
                    // timestamp(3) with time zone: the precision goes before the zone clause
                    name = name.substring(0, name.length() - suffix.length());
                    zone = suffix.strip();
                }
            }
            sql.kw(name).typeModifiers(type.modifiers());
            if (zone != null) {
                sql.kw(zone);
            }
        }
        return sql.arrayDimensions(type.arrayDimensions()).collate(collation);
    }

    /** The type alone, as a fragment of text. */
    public static String name(TypeRef type, String schema) {
        return of(type, schema, null).fragment();
    }
}
