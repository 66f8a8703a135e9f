package dev.strata.plan.sql;

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

    /**
     * {@code SET search_path TO "core", public;}, or with {@code local} {@code SET LOCAL …} (for the current
     * transaction only). {@code public} stays a bare key word.
     */
    public static String searchPath(List<String> schemas, boolean local) {
        var sql = Sql.of(local ? "SET LOCAL search_path TO" : "SET search_path TO");
        for (int i = 0; i < schemas.size(); i++) {
            if (i > 0) {
                sql.comma();
            }
            if (schemas.get(i).equals("public")) {
                sql.kw("public");
            } else {
                sql.id(schemas.get(i));
            }
        }
        return sql.build();
    }

    /** A dollar-quote tag that does not occur in {@code body}: {@code $strata$}, else {@code $strata1$}, … */
    public static String dollarTag(String body) {
        String tag = "$strata$";
        for (int i = 1; body.contains(tag); i++) {
            tag = "$strata" + i + "$";
        }
        return tag;
    }

    /** {@code body} between two dollar-quote tags that it does not contain, so it is taken verbatim. */
    public static String dollarQuoted(String body) {
        String tag = dollarTag(body);
        return tag + body + tag;
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

    /**
     * Type modifiers directly after the type's name: {@code (12,2)}. Only integers are accepted (they come from
     * the grammar's signed integers); anything else is refused rather than emitted.
     */
    public Sql typeModifiers(List<String> modifiers) {
        if (modifiers.isEmpty()) {
            return this;
        }
        for (String modifier : modifiers) {
            if (!modifier.matches("-?[0-9]+")) {
                throw new IllegalArgumentException("not a type modifier: " + modifier);
            }
        }
        text.append('(').append(String.join(",", modifiers)).append(')');
        return this;
    }

    /** {@code ::type} directly after the previous token: a cast to a type named by a constant. */
    public Sql cast(String type) {
        text.append("::").append(type);
        return this;
    }

    /** {@code []} once per array dimension, directly after the type. */
    public Sql arrayDimensions(int dimensions) {
        text.append("[]".repeat(dimensions));
        return this;
    }

    /** {@code COLLATE "name"}; nothing when {@code collation} is null. */
    public Sql collate(String collation) {
        if (collation != null) {
            kw("COLLATE").id(collation);
        }
        return this;
    }

    /** A body or block between dollar-quote tags it does not contain ({@link #dollarQuoted(String)}). */
    public Sql dollar(String body) {
        space();
        text.append(dollarQuoted(body));
        return this;
    }

    /** A bind parameter placeholder, {@code ?}, for statements run as prepared statements. */
    public Sql param() {
        space();
        text.append('?');
        return this;
    }

    /** {@code (?, ?, ?)}: one placeholder per value. */
    public Sql params(int count) {
        space();
        text.append('(').append(String.join(", ", java.util.Collections.nCopies(count, "?"))).append(')');
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
