package dev.strata.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.UUID;

/**
 * The built-in PostgreSQL types that have a Java mapping, with how generated code reads them from a
 * {@code ResultSet}, binds them to a {@code PreparedStatement}, and spells them inside an array literal. The table
 * in docs/codegen.md lists the same mapping; keep the two in step.
 */
enum ScalarKind {
    SHORT(TypeName.SHORT, ClassName.get(Short.class), Read.GET_OBJECT, "SMALLINT", Text.TO_STRING),
    INT(TypeName.INT, ClassName.get(Integer.class), Read.GET_OBJECT, "INTEGER", Text.TO_STRING),
    LONG(TypeName.LONG, ClassName.get(Long.class), Read.GET_OBJECT, "BIGINT", Text.TO_STRING),
    FLOAT(TypeName.FLOAT, ClassName.get(Float.class), Read.GET_OBJECT, "REAL", Text.TO_STRING),
    DOUBLE(TypeName.DOUBLE, ClassName.get(Double.class), Read.GET_OBJECT, "DOUBLE", Text.TO_STRING),
    BOOLEAN(TypeName.BOOLEAN, ClassName.get(Boolean.class), Read.GET_OBJECT, "BOOLEAN", Text.TO_STRING),
    DECIMAL(null, ClassName.get(BigDecimal.class), Read.GET_BIG_DECIMAL, "NUMERIC", Text.TO_STRING),
    STRING(null, ClassName.get(String.class), Read.GET_STRING, "VARCHAR", Text.TO_STRING),
    /** citext: a String, bound untyped so PostgreSQL resolves it to the declared type. */
    UNTYPED_STRING(null, ClassName.get(String.class), Read.GET_STRING, "OTHER", Text.TO_STRING),
    /** json and jsonb: the document's text, bound untyped. */
    JSON(null, ClassName.get(String.class), Read.GET_STRING, "OTHER", Text.TO_STRING),
    BYTES(null, TypeName.get(byte[].class), Read.GET_BYTES, "BINARY", Text.HEX),
    UUID_(null, ClassName.get(UUID.class), Read.GET_OBJECT, "OTHER", Text.TO_STRING),
    DATE(null, ClassName.get(LocalDate.class), Read.GET_OBJECT, "DATE", Text.TO_STRING),
    TIMESTAMP(null, ClassName.get(LocalDateTime.class), Read.GET_OBJECT, "TIMESTAMP", Text.TO_STRING),
    TIMESTAMPTZ(null, ClassName.get(OffsetDateTime.class), Read.GET_OBJECT, "TIMESTAMP_WITH_TIMEZONE",
            Text.TO_STRING),
    TIME(null, ClassName.get(LocalTime.class), Read.GET_OBJECT, "TIME", Text.TO_STRING),
    /** The PostgreSQL driver cannot bind an OffsetTime with a type, so it goes as text PostgreSQL parses. */
    TIMETZ(null, ClassName.get(OffsetTime.class), Read.GET_OBJECT, "OTHER", Text.TO_STRING),
    /** The driver reads an SQL NULL inside an array as an empty PGInterval, so a helper turns that into null. */
    INTERVAL(null, ClassName.get("org.postgresql.util", "PGInterval"), Read.INTERVAL, "OTHER",
            Text.INTERVAL_VALUE);

    /** How a value is read from a column. */
    enum Read { GET_OBJECT, GET_STRING, GET_BIG_DECIMAL, GET_BYTES, INTERVAL }

    /** How a non-null value is spelled as an element of an array literal. */
    enum Text { TO_STRING, HEX, INTERVAL_VALUE }

    private final TypeName primitive;
    private final TypeName reference;
    private final Read read;
    private final String sqlType;
    private final Text text;

    ScalarKind(TypeName primitive, TypeName reference, Read read, String sqlType, Text text) {
        this.primitive = primitive;
        this.reference = reference;
        this.read = read;
        this.sqlType = sqlType;
        this.text = text;
    }

    /** The primitive type, or null when the Java type is a reference type anyway. */
    TypeName primitive() {
        return primitive;
    }

    /** The boxed or reference type, which can hold NULL. */
    TypeName reference() {
        return reference;
    }

    Read read() {
        return read;
    }

    /** The name of the {@code java.sql.Types} constant used when binding a parameter. */
    String sqlType() {
        return sqlType;
    }

    Text text() {
        return text;
    }

    /** Whether a value is bound as text that PostgreSQL converts (needs the value's text form). */
    boolean bindsAsText() {
        return this == TIMETZ;
    }
}
