package dev.strata.compiler.sql;

import dev.strata.compiler.model.Identifiers;
import dev.strata.compiler.model.TypeNames;
import dev.strata.compiler.model.TypeRef;
import java.util.List;

/**
 * The one builder every generated SQL statement goes through. Key words are appended as written (they are
 * constants in the calling code), every identifier is quoted, every literal is escaped, and SQL that the sources
 * hold verbatim (defaults, checks, bodies) is inserted unchanged only through {@link #verbatim(String)}.
 */
public final class Sql {

    private final StringBuilder text = new StringBuilder();

    private Sql() {
    }

    /** A statement that starts with the given key words, e.g. {@code Sql.of("ALTER TABLE")}. */
    public static Sql of(String keywords) {
        return new Sql().kw(keywords);
    }

    /** An empty fragment. */
    public static Sql empty() {
        return new Sql();
    }

    /** A string literal: {@code 'it''s'}, or {@code E'a\\b'} when it holds a backslash. */
    public static String literal(String value) {
        if (value == null) {
            return "NULL";
        }
        String doubled = value.replace("'", "''");
        if (value.indexOf('\\') >= 0) {
            return "E'" + doubled.replace("\\", "\\\\") + "'";
        }
        return "'" + doubled + "'";
    }

    /** {@code "schema"."name"}. */
    public static String qualified(String schema, String name) {
        return Identifiers.quote(schema) + "." + Identifiers.quote(name);
    }

    /** A type as SQL; user-defined types (enums, domains, extension types) are qualified with {@code schema}. */
    public static String type(TypeRef type, String schema) {
        String name = TypeNames.isBuiltIn(type.name())
                ? TypeNames.canonicalName(type.name())
                : qualified(schema, type.name());
        String modifiers = type.modifiers().isEmpty()
                ? ""
                : "(" + String.join(",", type.modifiers().stream().map(Sql::integer).toList()) + ")";
        String zone = "";
        for (String suffix : List.of(" with time zone", " without time zone")) {
            if (name.endsWith(suffix) && !modifiers.isEmpty()) {
                // timestamp(3) with time zone: the precision goes before the zone clause
                name = name.substring(0, name.length() - suffix.length());
                zone = suffix;
            }
        }
        return name + modifiers + zone + "[]".repeat(type.arrayDimensions());
    }

    private static String integer(String modifier) {
        // type modifiers come from the grammar's signedInteger; refuse anything else rather than emit it
        if (!modifier.matches("-?[0-9]+")) {
            throw new IllegalArgumentException("not a type modifier: " + modifier);
        }
        return modifier;
    }

    private void space() {
        if (text.length() == 0) {
            return;
        }
        char last = text.charAt(text.length() - 1);
        if (last != ' ' && last != '(' && last != '\n') {
            text.append(' ');
        }
    }

    /** Key words, exactly as given: only ever pass constants. */
    public Sql kw(String keywords) {
        space();
        text.append(keywords);
        return this;
    }

    /** A quoted identifier. */
    public Sql id(String name) {
        space();
        text.append(Identifiers.quote(name));
        return this;
    }

    /** A schema-qualified, quoted name. */
    public Sql name(String schema, String name) {
        space();
        text.append(qualified(schema, name));
        return this;
    }

    /** {@code "schema"."table"."column"}, as COMMENT ON COLUMN needs it. */
    public Sql column(String schema, String table, String column) {
        space();
        text.append(qualified(schema, table)).append('.').append(Identifiers.quote(column));
        return this;
    }

    /** {@code ("a", "b")}. */
    public Sql ids(List<String> names) {
        space();
        text.append('(').append(joinIds(names)).append(')');
        return this;
    }

    /** {@code "a", "b"} without parentheses. */
    public Sql idList(List<String> names) {
        space();
        text.append(joinIds(names));
        return this;
    }

    public static String joinIds(List<String> names) {
        return String.join(", ", names.stream().map(Identifiers::quote).toList());
    }

    /** A string literal. */
    public Sql lit(String value) {
        space();
        text.append(literal(value));
        return this;
    }

    /** An integer literal. */
    public Sql number(long value) {
        space();
        text.append(value);
        return this;
    }

    /** A type, user types qualified with {@code schema}. */
    public Sql type(TypeRef type, String schema, String collation) {
        space();
        text.append(type(type, schema));
        if (collation != null) {
            text.append(" COLLATE ").append(Identifiers.quote(collation));
        }
        return this;
    }

    /** SQL the sources hold verbatim (a default, a body), inserted unchanged. */
    public Sql verbatim(String sql) {
        space();
        text.append(sql);
        return this;
    }

    /** Verbatim SQL wrapped in parentheses, for checks, predicates and expressions. */
    public Sql paren(String sql) {
        space();
        text.append('(').append(sql).append(')');
        return this;
    }

    /** Another fragment built with this builder. */
    public Sql append(Sql fragment) {
        space();
        text.append(fragment.text);
        return this;
    }

    /** A comma directly after the previous token. */
    public Sql comma() {
        text.append(',');
        return this;
    }

    /** A new line and indentation, for multi-line statements such as CREATE TABLE. */
    public Sql newline(String indent) {
        text.append('\n').append(indent);
        return this;
    }

    public Sql open() {
        space();
        text.append('(');
        return this;
    }

    public Sql close() {
        text.append(')');
        return this;
    }

    /** Whether nothing has been appended. */
    public boolean isEmpty() {
        return text.length() == 0;
    }

    /** The fragment as it stands, without a terminating semicolon. */
    public String fragment() {
        return text.toString();
    }

    /** The statement, terminated by a semicolon. */
    public String build() {
        return text + ";";
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
