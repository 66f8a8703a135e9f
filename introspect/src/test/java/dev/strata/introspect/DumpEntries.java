package dev.strata.introspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code pg_dump --schema-only --no-owner} output cut into its entries, keyed by the {@code -- Name: …; Type: …;
 * Schema: …} header pg_dump writes before each, with the noise that says nothing about the schema removed: comment
 * lines, {@code SET} and {@code set_config} lines, psql meta-commands (lines that start with a backslash: pg_dump
 * 15.14+ wraps its output in "restrict" and "unrestrict" commands with a random key), blank lines. Keys make the
 * comparison independent of the order in which pg_dump happens to emit objects (it follows creation order where
 * dependencies allow). The {@code public} schema itself and its privileges are left out: Strata does not manage
 * schemas' own definitions.
 */
final class DumpEntries {

    private static final Pattern HEADER =
            Pattern.compile("^-- (?:Data for )?Name: (.*); Type: (.*); Schema: (.*); Owner: .*$");

    /** One entry: what pg_dump says it is, and its statements. */
    record Entry(String type, String schema, String name, String sql) {
        String key() {
            return type + " | " + schema + " | " + name;
        }
    }

    private final Map<String, Entry> entries = new TreeMap<>();

    private DumpEntries() {
    }

    static DumpEntries parse(String dump) {
        var result = new DumpEntries();
        String type = null;
        String schema = null;
        String name = null;
        var sql = new StringBuilder();
        for (String line : dump.split("\n")) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                result.add(type, schema, name, sql);
                name = header.group(1);
                type = header.group(2);
                schema = header.group(3);
                sql.setLength(0);
                continue;
            }
            if (isNoise(line)) {
                continue;
            }
            sql.append(line).append('\n');
        }
        result.add(type, schema, name, sql);
        return result;
    }

    private static boolean isNoise(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() || trimmed.startsWith("--") || trimmed.startsWith("SET ")
                || trimmed.startsWith("SELECT pg_catalog.set_config(") || trimmed.startsWith("\\");
    }

    private void add(String type, String schema, String name, StringBuilder sql) {
        if (type == null || type.equals("SCHEMA") || (type.equals("ACL") && name.startsWith("SCHEMA "))
                || (type.equals("COMMENT") && name.startsWith("SCHEMA "))) {
            return;
        }
        String text = sql.toString().strip();
        if (type.equals("ACL")) {
            // one GRANT line per grantee, in the order the grants were made: not a difference of schema
            text = String.join("\n", text.lines().sorted().toList());
        }
        var entry = new Entry(type, schema, name, text);
        entries.put(entry.key(), entry);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    /**
     * The same entries with the column lines of each {@code CREATE TABLE} sorted: PostgreSQL adds a column only at
     * the end, so a column dropped and restored (a rollback) comes back last. For comparisons where only that may
     * differ.
     */
    DumpEntries withColumnsInAnyOrder() {
        var copy = new DumpEntries();
        for (var entry : entries.values()) {
            String sql = entry.sql();
            int end = sql.indexOf("\n);");
            if (entry.type().equals("TABLE") && sql.startsWith("CREATE TABLE") && end > 0) {
                // the CREATE TABLE may be followed by statements pg_dump adds to the table (SET STATISTICS …)
                int open = sql.indexOf("(\n");
                var lines = new java.util.ArrayList<>(List.of(sql.substring(open + 2, end).split("\n")));
                lines.replaceAll(line -> line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
                java.util.Collections.sort(lines);
                sql = sql.substring(0, open + 2) + String.join(",\n", lines) + sql.substring(end);
            }
            copy.entries.put(entry.key(), new Entry(entry.type(), entry.schema(), entry.name(), sql));
        }
        return copy;
    }

    /** The entries that are not about any of {@code objects}: see {@link #isAbout}. */
    List<Entry> notAbout(List<String> objects) {
        var kept = new ArrayList<Entry>();
        for (var entry : entries.values()) {
            if (objects.stream().noneMatch(o -> isAbout(entry, o))) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /**
     * Whether an entry is about an object named {@code schema.name} or {@code schema.table.element} as the import
     * reports it: its header names it (the object itself, or one of its parts: {@code table constraint},
     * {@code table column} for defaults), or its SQL refers to the object by its qualified name (indexes on it,
     * partitions attached to it).
     */
    static boolean isAbout(Entry entry, String object) {
        int paren = object.indexOf('(');
        String head = paren < 0 ? object : object.substring(0, paren);
        String[] parts = head.split("\\.", 3);
        String schema = parts[0];
        if (!schema.equals(entry.schema())) {
            return false;
        }
        if (parts.length == 3) {
            return entry.name().equals(parts[1] + " " + parts[2]);
        }
        String simple = parts[1];
        String firstWord = entry.name().split("[ (]", 2)[0];
        if (firstWord.equals(simple)) {
            return true;
        }
        Pattern qualified = Pattern.compile("(?<![\\w\"])" + Pattern.quote(schema + "." + simple) + "(?![\\w\"])");
        return qualified.matcher(entry.sql()).find();
    }
}
