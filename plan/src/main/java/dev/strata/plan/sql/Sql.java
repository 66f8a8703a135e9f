package dev.strata.plan.sql;

import java.util.ArrayList;
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
        var sql = set("search_path", local);
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

    /**
     * {@code SET parameter TO}, or with {@code local} {@code SET LOCAL parameter TO}; the value follows. The
     * parameter is a setting's name ({@code lock_timeout}, {@code search_path}), written bare as PostgreSQL's own
     * settings are; anything else is refused rather than emitted.
     */
    public static Sql set(String parameter, boolean local) {
        return of(local ? "SET LOCAL" : "SET").kw(setting(parameter)).kw("TO");
    }

    /** {@code RESET parameter}: the setting back to the session's default. */
    public static Sql reset(String parameter) {
        return of("RESET").kw(setting(parameter));
    }

    /**
     * {@code SELECT pg_catalog.set_config('parameter', ?, local);}: a setting changed from a query, its value the
     * one bind parameter (for values that are not known until run time, such as a search_path read back).
     */
    public static String setConfig(String parameter, boolean local) {
        return of("SELECT pg_catalog.set_config(").lit(setting(parameter)).comma().param().comma()
                .kw(local ? "true" : "false").close().build();
    }

    private static String setting(String parameter) {
        if (!parameter.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
            throw new IllegalArgumentException("not a setting's name: " + parameter);
        }
        return parameter;
    }

    /** {@code INSERT INTO "schema"."table" ("a", "b")}; {@code VALUES} and the rest follow. */
    public static Sql insertInto(String schema, String table, List<String> columns) {
        return of("INSERT INTO").name(schema, table).ids(columns);
    }

    /** {@code UPDATE "schema"."table"}; {@code SET} and the rest follow. */
    public static Sql update(String schema, String table) {
        return of("UPDATE").name(schema, table);
    }

    /** {@code DELETE FROM "schema"."table"}; {@code WHERE} and the rest follow. */
    public static Sql deleteFrom(String schema, String table) {
        return of("DELETE FROM").name(schema, table);
    }

    /**
     * Creates the role NOLOGIN unless it exists. Roles are cluster-wide, so two sessions working on two databases of
     * one server (a fleet, tests in parallel) may both find it missing: the one that loses the race gets a unique
     * violation once the other commits, or {@code duplicate_object} after, and either means the role is there.
     */
    public static String ensureRole(String role) {
        String body = of("IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname =").lit(role).close()
                .kw("THEN").newline("        ")
                .append(of("CREATE ROLE").id(role).kw("NOLOGIN;"))
                .newline("    ").kw("END IF;")
                .newline("").kw("EXCEPTION WHEN duplicate_object OR unique_violation THEN")
                .newline("    ").kw("NULL;").fragment();
        String tag = dollarTag(body);
        return of("DO").verbatim(tag).newline("BEGIN").newline("    ").verbatim(body).newline("END")
                .newline("").verbatim(tag).build();
    }

    /**
     * A dollar-quote tag that can enclose {@code body}: {@code $strata$}, else {@code $strata1$}, … The body must
     * not hold the tag, nor end with the start of it ({@code …$strata} before the closing tag would close early).
     */
    public static String dollarTag(String body) {
        String tag = "$strata$";
        for (int i = 1; !encloses(tag, body); i++) {
            tag = "$strata" + i + "$";
        }
        return tag;
    }

    /** {@code body} between two dollar-quote tags that can enclose it, so it is taken verbatim. */
    public static String dollarQuoted(String body) {
        String tag = dollarTag(body);
        return tag + body + tag;
    }

    /**
     * A routine's body between {@code $$} markers, as the sources write it, or between a tag of
     * {@link #dollarTag(String)} when {@code $$} cannot enclose it.
     */
    public static String bodyQuoted(String body) {
        return encloses("$$", body) ? "$$" + body + "$$" : dollarQuoted(body);
    }

    /** Whether {@code body} followed by {@code tag} holds the tag only at its end. */
    private static boolean encloses(String tag, String body) {
        return (body + tag).indexOf(tag) == body.length();
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

    /** {@code ('a', 'b')}: string literals in parentheses, for {@code IN} lists. */
    public Sql lits(List<String> values) {
        space();
        text.append('(').append(String.join(", ", values.stream().map(Sql::literal).toList())).append(')');
        return this;
    }

    /** {@code "column" =}, for {@code SET} lists and conditions; the value follows. */
    public Sql eq(String column) {
        return id(column).kw("=");
    }

    /** {@code ::type} directly after the previous token; {@code type} as PostgreSQL prints it (format_type). */
    public Sql cast(String type) {
        text.append("::").append(type);
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

    /**
     * Type modifiers of a type that is not built in (an extension's): integers as they are, and words, which such
     * a type's input function may take ({@code geometry("Point",4326)}), quoted as identifiers.
     */
    public Sql typeModifierValues(List<String> modifiers) {
        if (modifiers.isEmpty()) {
            return this;
        }
        var values = new ArrayList<String>();
        for (String modifier : modifiers) {
            values.add(modifier.matches("-?[0-9]+") ? modifier : Identifiers.quote(modifier));
        }
        text.append('(').append(String.join(",", values)).append(')');
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

    /** {@code COLLATE "schema"."name"}, or {@code COLLATE "name"} when {@code schema} is null; nothing for null. */
    public Sql collate(String schema, String collation) {
        if (collation == null) {
            return this;
        }
        return schema == null ? collate(collation) : kw("COLLATE").name(schema, collation);
    }

    /** A routine's body between {@code $$} markers when they can enclose it ({@link #bodyQuoted(String)}). */
    public Sql body(String body) {
        space();
        text.append(bodyQuoted(body));
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
