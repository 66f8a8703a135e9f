package dev.strata.compiler.model;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** PostgreSQL identifier rules: when a name must be quoted, how to quote it, how long it may be. */
public final class Identifiers {

    /** PostgreSQL truncates identifiers longer than this many bytes (NAMEDATALEN - 1). */
    public static final int MAX_BYTES = 63;

    /** PostgreSQL's reserved key words, which cannot be used as bare identifiers. */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "binary", "both", "case", "cast", "check", "collate", "collation", "column", "concurrently",
            "constraint", "create", "cross", "current_catalog", "current_date", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
            "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral",
            "leading", "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null",
            "offset", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references",
            "returning", "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
            "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic",
            "verbose", "when", "where", "window", "with");

    private Identifiers() {
    }

    /** Always quoted: {@code "name"} with embedded double quotes doubled. Safe for any name. */
    public static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Bare when PostgreSQL would read the bare word back as the same name, quoted otherwise. */
    public static String quoteIfNeeded(String name) {
        return isPlain(name) ? name : quote(name);
    }

    /** A lower-case ASCII word that is not a reserved key word. */
    public static boolean isPlain(String name) {
        if (name.isEmpty() || RESERVED.contains(name)) {
            return false;
        }
        char first = name.charAt(0);
        if (!(first >= 'a' && first <= 'z') && first != '_') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    public static int byteLength(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
