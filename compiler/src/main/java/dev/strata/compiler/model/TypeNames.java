package dev.strata.compiler.model;

import dev.strata.plan.sql.Identifiers;
import java.util.Map;
import java.util.Set;

/** PostgreSQL's built-in type names, their aliases, and the canonical spelling used to compare types. */
public final class TypeNames {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int2", "smallint"),
            Map.entry("int8", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("varbit", "bit varying"),
            Map.entry("serial4", "serial"),
            Map.entry("serial8", "bigserial"),
            Map.entry("serial2", "smallserial"));

    private static final Set<String> BUILT_IN = Set.of(
            "smallint", "integer", "bigint", "real", "double precision", "numeric", "boolean",
            "character varying", "character", "text", "bytea", "uuid", "json", "jsonb", "xml",
            "date", "timestamp with time zone", "timestamp without time zone", "time with time zone",
            "time without time zone", "interval", "inet", "cidr", "macaddr", "macaddr8", "money",
            "bit", "bit varying", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon",
            "circle", "oid", "regclass", "name", "serial", "bigserial", "smallserial", "citext",
            "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange", "pg_lsn",
            "txid_snapshot", "void", "trigger", "record", "anyelement", "anyarray", "event_trigger");

    private TypeNames() {
    }

    /** The canonical name of a type name: aliases resolved, for example {@code int4} to {@code integer}. */
    public static String canonicalName(String name) {
        return ALIASES.getOrDefault(name, name);
    }

    /**
     * The canonical SQL of a type, for comparing two types: {@code int[]} and {@code integer[]} are equal, and so are
     * {@code geometry("Point",4326)} (as PostgreSQL prints it) and {@code geometry(point,4326)}.
     */
    public static String canonical(TypeRef type) {
        var text = new StringBuilder(canonicalName(type.name()));
        if (!type.modifiers().isEmpty()) {
            text.append('(').append(String.join(",", canonicalModifiers(type.modifiers()))).append(')');
        }
        text.append("[]".repeat(type.arrayDimensions()));
        return text.toString();
    }

    /**
     * Whether two declared types are one type to PostgreSQL: the same canonical name and modifiers, and both arrays
     * or neither. The number of {@code []} is not part of an array type ({@code integer[]} and {@code integer[][]}
     * are the same type, PostgreSQL does not enforce dimensions).
     */
    public static boolean sameType(TypeRef a, TypeRef b) {
        return canonicalName(a.name()).equals(canonicalName(b.name()))
                && canonicalModifiers(a.modifiers()).equals(canonicalModifiers(b.modifiers()))
                && (a.arrayDimensions() > 0) == (b.arrayDimensions() > 0);
    }

    /**
     * Modifiers as compared: words in lower case. Only an extension's type takes words (S1728), and the input
     * functions of those read them case-insensitively (PostGIS reads {@code point} and {@code Point} alike and prints
     * {@code Point}), so a word's case makes no other type.
     */
    public static java.util.List<String> canonicalModifiers(java.util.List<String> modifiers) {
        return modifiers.stream().map(m -> isNumericModifier(m) ? m : m.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Whether a type modifier is a number ({@code 12}, {@code -1}); an extension's type may also take words. */
    public static boolean isNumericModifier(String modifier) {
        return modifier.matches("-?[0-9]+");
    }

    /** Whether PostgreSQL knows this type without any declaration (after alias resolution). */
    public static boolean isBuiltIn(String name) {
        return BUILT_IN.contains(canonicalName(name));
    }

    /** Every built-in type name and alias, sorted; used to suggest a name for a misspelt type. */
    public static java.util.SortedSet<String> builtInNames() {
        var names = new java.util.TreeSet<>(BUILT_IN);
        names.addAll(ALIASES.keySet());
        return java.util.Collections.unmodifiableSortedSet(names);
    }

    /**
     * The name as it must appear in SQL. Built-in names are keywords and stay bare; anything else is a user type
     * and is quoted when it needs to be.
     */
    public static String sqlName(String name) {
        if (isBuiltIn(name) || ALIASES.containsKey(name)) {
            return name;
        }
        return Identifiers.quoteIfNeeded(name);
    }
}
