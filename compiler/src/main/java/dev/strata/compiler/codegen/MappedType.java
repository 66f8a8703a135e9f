package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.strata.compiler.model.EnumType;
import java.util.List;

/**
 * The Java side of a PostgreSQL type: its Java type, and the code that reads it from a result set, binds it as a
 * statement parameter, and spells it inside an array literal. Generated code calls helpers of the facade class's
 * nested {@code Jdbc} class, named by {@code jdbc}.
 */
sealed interface MappedType permits MappedType.Scalar, MappedType.Enum, MappedType.ListOf {

    /** The Java type that can hold NULL. */
    TypeName referenceType();

    /** A primitive where the value can never be NULL and a primitive exists, the reference type otherwise. */
    default TypeName javaType(boolean notNull) {
        return referenceType();
    }

    /** An expression of {@link #referenceType()}, null for SQL NULL, reading {@code column} of {@code resultSet}. */
    CodeBlock read(ClassName jdbc, Names names, String resultSet, CodeBlock column);

    /** The expression handed to {@code setObject} for the Java value {@code value} (which may be null). */
    CodeBlock bindArgument(ClassName jdbc, CodeBlock value);

    /** The {@code java.sql.Types} constant for {@code setObject}. */
    String sqlType();

    /** A {@code Function<T, String>} spelling a non-null value the way PostgreSQL reads it in an array literal. */
    CodeBlock elementText(ClassName jdbc);

    /** Names the generated code may use for lambda parameters without clashing with the method's own names. */
    interface Names {
        String newName(String suggestion);
    }

    record Scalar(ScalarKind kind) implements MappedType {

        @Override
        public TypeName referenceType() {
            return kind.reference();
        }

        @Override
        public TypeName javaType(boolean notNull) {
            return notNull && kind.primitive() != null ? kind.primitive() : kind.reference();
        }

        @Override
        public CodeBlock read(ClassName jdbc, Names names, String resultSet, CodeBlock column) {
            switch (kind.read()) {
                case GET_STRING:
                    return CodeBlock.of("$N.getString($L)", resultSet, column);
                case GET_BIG_DECIMAL:
                    return CodeBlock.of("$N.getBigDecimal($L)", resultSet, column);
                case GET_BYTES:
                    return CodeBlock.of("$N.getBytes($L)", resultSet, column);
                case INTERVAL:
                    return CodeBlock.of("$T.interval($N, $L)", jdbc, resultSet, column);
                default:
                    return CodeBlock.of("$N.getObject($L, $T.class)", resultSet, column, kind.reference());
            }
        }

        @Override
        public CodeBlock bindArgument(ClassName jdbc, CodeBlock value) {
            if (kind.bindsAsText()) {
                return CodeBlock.of("$T.text($L, $L)", jdbc, value, elementText(jdbc));
            }
            return value;
        }

        @Override
        public String sqlType() {
            return kind.sqlType();
        }

        @Override
        public CodeBlock elementText(ClassName jdbc) {
            switch (kind.text()) {
                case HEX:
                    return CodeBlock.of("$T::hex", jdbc);
                case INTERVAL_VALUE:
                    return CodeBlock.of("$T::getValue", kind.reference());
                default:
                    // Object::toString, because Long::toString is ambiguous between the static and the instance method
                    return CodeBlock.of("$T::toString", Object.class);
            }
        }
    }

    /** A core enum, mapped to a generated Java enum that keeps each database label. */
    record Enum(EnumType type, ClassName javaEnum) implements MappedType {

        @Override
        public TypeName referenceType() {
            return javaEnum;
        }

        @Override
        public CodeBlock read(ClassName jdbc, Names names, String resultSet, CodeBlock column) {
            return CodeBlock.of("$T.parse($N.getString($L), $T::fromDatabase)", jdbc, resultSet, column, javaEnum);
        }

        @Override
        public CodeBlock bindArgument(ClassName jdbc, CodeBlock value) {
            return CodeBlock.of("$T.text($L, $L)", jdbc, value, elementText(jdbc));
        }

        @Override
        public String sqlType() {
            return "OTHER";
        }

        @Override
        public CodeBlock elementText(ClassName jdbc) {
            return CodeBlock.of("$T::databaseLabel", javaEnum);
        }
    }

    /** A one-dimensional array, mapped to an unmodifiable {@code List} that may hold nulls. */
    record ListOf(MappedType element) implements MappedType {

        @Override
        public TypeName referenceType() {
            return ParameterizedTypeName.get(ClassName.get(List.class), element.referenceType());
        }

        @Override
        public CodeBlock read(ClassName jdbc, Names names, String resultSet, CodeBlock column) {
            String elements = names.newName("elements");
            String position = names.newName("position");
            return CodeBlock.of("$T.readList($N.getArray($L), ($N, $N) -> $L)", jdbc, resultSet, column,
                    elements, position, element.read(jdbc, names, elements, CodeBlock.of("$N", position)));
        }

        @Override
        public CodeBlock bindArgument(ClassName jdbc, CodeBlock value) {
            return CodeBlock.of("$T.arrayLiteral($L, $L)", jdbc, value, element.elementText(jdbc));
        }

        @Override
        public String sqlType() {
            return "OTHER";
        }

        @Override
        public CodeBlock elementText(ClassName jdbc) {
            throw new IllegalStateException("arrays of arrays are refused by the type resolver");
        }
    }
}
