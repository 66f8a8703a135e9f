package dev.strata.compiler.codegen;

import com.palantir.javapoet.TypeName;
import dev.strata.compiler.diag.Span;

/**
 * A column of a generated row record: its SQL name, Java component name, mapping, and whether the declaration
 * promises it is never NULL (then a primitive is used where one exists). {@code declaration} is the column as
 * written, for Javadoc.
 */
record Field(String sqlName, String javaName, MappedType type, boolean notNull, String declaration, Span span) {

    TypeName javaType() {
        return type.javaType(notNull);
    }
}
