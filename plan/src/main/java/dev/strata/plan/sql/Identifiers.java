package dev.strata.plan.sql;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * PostgreSQL's rules for names, the one place they live: when a name must be quoted, how to quote it, how long it
 * may be, and how PostgreSQL shortens the names it makes up ({@link #objectName}).
 */
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

    /**
     * PostgreSQL's makeObjectName ({@code customer_email_key}): {@code name1_name2_label}, the longer of the two
     * names shortened first so that the whole fits in {@link #MAX_BYTES} bytes, never splitting a character.
     * {@code name2} and {@code label} may be null.
     */
    public static String objectName(String name1, String name2, String label) {
        int overhead = (name2 != null ? 1 : 0) + (label != null ? label.length() + 1 : 0);
        int available = MAX_BYTES - overhead;
        int bytes1 = byteLength(name1);
        int bytes2 = name2 == null ? 0 : byteLength(name2);
        while (bytes1 + bytes2 > available) {
            if (bytes1 > bytes2) {
                bytes1--;
            } else {
                bytes2--;
            }
        }
        var out = new StringBuilder(clip(name1, bytes1));
        if (name2 != null) {
            out.append('_').append(clip(name2, bytes2));
        }
        if (label != null) {
            out.append('_').append(label);
        }
        return out.toString();
    }

    /** {@code name} as PostgreSQL stores it: cut to {@link #MAX_BYTES} bytes, never splitting a character. */
    public static String truncate(String name) {
        return clip(name, MAX_BYTES);
    }

    /** The longest prefix of {@code s} that fits in {@code maxBytes} bytes of UTF-8 without splitting a character. */
    public static String clip(String s, int maxBytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
