package dev.strata.engine.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a schema says, as sorted facts: one per object, a readable path to a description of it ({@code column
 * core.customer.email} → {@code text; not null; collate "C"}), derived from one {@link CatalogReader} read with the
 * search path pinned, so the same schema gives the same facts whatever the caller's session. Two captures are
 * equal when the schemas say the same thing; the fingerprint is a hash of the facts, and the difference between
 * two captures reads as a schema diff ({@link #diff}).
 *
 * <p>The facts cover: schemas; extensions with their version; enums (labels in order), domains (base type, NOT
 * NULL, collation, default; their checks are constraints), composite and range types; collations (provider,
 * locale or categories, determinism, ICU rules); tables, views, materialized
 * views and foreign tables (persistence, inheritance and partitioning, options, row level security, replica
 * identity), view definitions; columns (type, NOT NULL, collation, default, identity, generation); constraints
 * of tables and domains; valid indexes; triggers with their enabled state; row-level security policies (kind,
 * command, roles, USING and WITH CHECK); routines by their whole definition;
 * sequences with their options and OWNED BY (or the identity column they serve); privileges on schemas,
 * relations, sequences, columns, routines and types, per grantee (an ACL never set counts as PostgreSQL's
 * default); comments on all of these; and the objects of kinds the language does not declare (rules,
 * operators, …) by name. Not covered: data, sequence positions, owners (but the owner's privileges), physical
 * column order, objects that belong to an extension, invalid indexes, PostgreSQL 18's catalogued NOT NULL
 * constraints (the column's NOT NULL says it).
 */
public final class CatalogFacts {

    /**
     * The version of the facts' wording, stored with every capture. A capture of another format cannot be compared
     * with this one: format 1 was the line-per-fact capture of Strata 0.1's {@code PgCatalogCapture}; format 2
     * named policies only, format 3 states what each policy says, format 4 a partitioned table's key, format 5 a
     * collation's settings (before, only that it existed), whether an inheritance child's column is inherited, and
     * the storage parameters of a table's TOAST table; format 6 leaves out the rules of an extension's views (PostGIS's
     * {@code geometry_columns}), which belong to the extension.
     */
    public static final int FORMAT = 6;

    private static final int SHOWN = 200;

    private final SortedMap<String, String> entries;

    private CatalogFacts(SortedMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** The facts of every user schema, read in a session of their own. */
    public static CatalogFacts capture(Connection connection) throws SQLException {
        try (var session = CatalogSession.open(connection)) {
            return of(CatalogReader.readUserSchemas(session));
        }
    }

    /** The facts of the named schemas (a schema not there is no fact), read in a session of their own. */
    public static CatalogFacts capture(Connection connection, List<String> schemas) throws SQLException {
        try (var session = CatalogSession.open(connection)) {
            return of(CatalogReader.read(session, schemas));
        }
    }

    /** The facts of rows read with the search path pinned (otherwise expressions would print path-dependent). */
    public static CatalogFacts of(CatalogRows rows) {
        if (!CatalogSession.PINNED_SEARCH_PATH.equals(rows.searchPath())) {
            throw new IllegalArgumentException("facts need rows read with the search path pinned to "
                    + CatalogSession.PINNED_SEARCH_PATH + ", not " + rows.searchPath());
        }
        return new CatalogFacts(new TreeMap<>(new FactBuilder(rows).build()));
    }

    public static CatalogFacts of(Map<String, String> entries) {
        return new CatalogFacts(new TreeMap<>(entries));
    }

    /** Every fact, path to description, sorted by path. */
    public SortedMap<String, String> entries() {
        return entries;
    }

    /** The stored form: one line per fact, path and description separated by a tab, both escaped. */
    public String body() {
        var lines = new ArrayList<String>();
        entries.forEach((path, description) -> lines.add(escape(path) + "\t" + escape(description)));
        return String.join("\n", lines);
    }

    /** Reads {@link #body()} back. */
    public static CatalogFacts parse(String body) {
        var entries = new TreeMap<String, String>();
        if (!body.isEmpty()) {
            for (String line : body.split("\n", -1)) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalArgumentException("not a catalog fact: " + line);
                }
                entries.put(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1)));
            }
        }
        return new CatalogFacts(entries);
    }

    /** SHA-256 of the format and the stored form. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("strata catalog facts, format " + FORMAT
                    + "\n" + body()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What changes from these facts to {@code other}, one line per object, sorted by path: {@code - path:
     * description} for what only these have, {@code + path: description} for what only the other has, {@code ~
     * path: a  =>  b} for what differs. Long or multi-line descriptions are shortened to where they differ.
     */
    public List<String> diff(CatalogFacts other) {
        var lines = new ArrayList<String>();
        var paths = new TreeSet<>(entries.keySet());
        paths.addAll(other.entries.keySet());
        for (String path : paths) {
            String a = entries.get(path);
            String b = other.entries.get(path);
            if (a == null) {
                lines.add("+ " + path + shown(b));
            } else if (b == null) {
                lines.add("- " + path + shown(a));
            } else if (!a.equals(b)) {
                lines.add("~ " + path + ": " + change(a, b));
            }
        }
        return lines;
    }

    /** One line per fact. */
    public String describe() {
        var text = new StringBuilder();
        entries.forEach((path, description) -> text.append(path).append(shown(description)).append('\n'));
        return text.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CatalogFacts other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    // ------------------------------------------------------------------------------------------------ display

    private static String shown(String description) {
        return description.isEmpty() ? "" : ": " + clip(oneLine(description));
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String clip(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + " …";
    }

    /** {@code a  =>  b}, or only the first line that differs, or only the stretch that differs. */
    private static String change(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return (a.isEmpty() ? "(nothing)" : clip(oneLine(a))) + "  =>  " + (b.isEmpty() ? "(nothing)"
                    : clip(oneLine(b)));
        }
        if (a.contains("\n") || b.contains("\n")) {
            List<String> linesA = a.lines().toList();
            List<String> linesB = b.lines().toList();
            for (int i = 0; i < Math.max(linesA.size(), linesB.size()); i++) {
                String lineA = i < linesA.size() ? linesA.get(i) : "(no line)";
                String lineB = i < linesB.size() ? linesB.get(i) : "(no line)";
                if (!lineA.equals(lineB)) {
                    boolean onlySpace = lineA.strip().equals(lineB.strip());
                    return "line " + (i + 1) + ": " + (onlySpace ? quoted(lineA) + "  =>  " + quoted(lineB)
                            : stretch(lineA.strip(), lineB.strip()));
                }
            }
            return quoted(a) + "  =>  " + quoted(b);
        }
        return stretch(a, b);
    }

    private static String quoted(String text) {
        return "\"" + escape(text) + "\"";
    }

    private static String stretch(String a, String b) {
        if (a.length() <= SHOWN && b.length() <= SHOWN) {
            return a + "  =>  " + b;
        }
        int prefix = 0;
        while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length() - prefix && suffix < b.length() - prefix
                && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) {
            suffix++;
        }
        int context = 40;
        int start = Math.max(0, prefix - context);
        return excerpt(a, start, Math.min(a.length(), a.length() - suffix + context)) + "  =>  "
                + excerpt(b, start, Math.min(b.length(), b.length() - suffix + context));
    }

    private static String excerpt(String text, int start, int end) {
        return (start > 0 ? "… " : "") + clip(text.substring(start, end)) + (end < text.length() ? " …" : "");
    }

    // ----------------------------------------------------------------------------------------------- storage

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
