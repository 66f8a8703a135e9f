package dev.strata.compiler.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.diag.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one reader of {@code strata.toml}, for the compiler and the runtime commands alike:
 *
 * <pre>
 * [project]
 * name = "shop"              # default: the directory's name
 * source = "schema"          # default: "schema"
 * migrations = "migrations"  # default: "migrations"
 * core_schema = "core"       # default: "core"
 *
 * [database]
 * url = "jdbc:postgresql://localhost/shop"   # optional
 * revoke_temporary = true       # optional: apply revokes TEMPORARY on the database from PUBLIC
 * revoke_large_objects = true   # optional: apply revokes large-object creation from PUBLIC
 * max_lock = "5s"               # optional: the longest estimated write-blocking lock an apply accepts ("0": any)
 *
 * [scratch]
 * url = "jdbc:postgresql://localhost/postgres"   # optional: where plan verification and strata test make databases
 *
 * [facades.shop_api]
 * live_roles = ["shop_app"]  # optional: the roles strata promote switches
 *
 * [unmanaged]
 * objects = ["policy core.orders.tenant_isolation", "rule core.*"]  # optional: objects Strata leaves alone
 * </pre>
 *
 * Everything the file says ends up in one {@link ProjectConfig}. Unknown keys are warnings (S0009: a misspelt key
 * should not go unnoticed, but must not stop a build); a file that cannot be read (S0004–S0007), malformed TOML
 * (S0008) and values of the wrong kind (S0010) are errors. Nothing is thrown for bad input.
 */
public final class ProjectFileReader {

    static final String SOURCE_DEFAULT = "schema";
    static final String MIGRATIONS_DEFAULT = "migrations";
    static final String CORE_SCHEMA_DEFAULT = "core";

    private static final Map<String, Set<String>> KNOWN = Map.of(
            "project", Set.of("name", "source", "migrations", "core_schema"),
            "database", Set.of("url", "revoke_temporary", "revoke_large_objects", "max_lock"),
            "scratch", Set.of("url"),
            "facades", Set.of(),
            "unmanaged", Set.of("objects"));
    private static final String FACADES = "facades";
    private static final String LIVE_ROLES = "live_roles";

    private final String text;
    private final String display;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ProjectFileReader(String text, String display) {
        this.text = text;
        this.display = display;
    }

    /** {@code config} is null when the file is not valid TOML. */
    private record Result(ProjectConfig config, List<Diagnostic> diagnostics) {
    }

    /** Reads {@code strata.toml} in {@code dir} (which must exist); never parses the sources. */
    public static ProjectFile read(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Path path = root.resolve(ProjectConfig.FILE_NAME);
        if (!Files.exists(path)) {
            Path schema = root.resolve(SOURCE_DEFAULT);
            return new ProjectFile(defaults(root, Files.isDirectory(schema) ? schema : root), null, List.of());
        }
        var read = SourceReader.read(path, ProjectConfig.FILE_NAME);
        if (read.problem() != null) {
            return new ProjectFile(null, null, List.of(read.problem()));
        }
        var file = new SourceFile(ProjectConfig.FILE_NAME, read.text());
        var result = new ProjectFileReader(read.text(), ProjectConfig.FILE_NAME).parse(root);
        return new ProjectFile(result.config(), file, result.diagnostics());
    }

    /** The configuration of a project without a strata.toml (or whose file cannot be used). */
    static ProjectConfig defaults(Path root, Path sourceDir) {
        var name = root.getFileName() == null ? "strata" : root.getFileName().toString();
        return new ProjectConfig(root, name, sourceDir, root.resolve(MIGRATIONS_DEFAULT), CORE_SCHEMA_DEFAULT, null);
    }

    private Result parse(Path root) {
        JsonNode tree;
        try {
            tree = new TomlMapper().readTree(text);
        } catch (JsonProcessingException e) {
            return new Result(null, List.of(malformed(e)));
        }
        warnAboutUnknownKeys(tree);
        var project = table(tree, "project");
        var database = table(tree, "database");
        var scratch = table(tree, "scratch");
        var defaults = defaults(root, root.resolve(SOURCE_DEFAULT));
        var facades = table(tree, FACADES);
        var unmanaged = table(tree, "unmanaged");
        var config = new ProjectConfig(root,
                string(project, "project", "name", defaults.name()),
                root.resolve(string(project, "project", "source", SOURCE_DEFAULT)),
                root.resolve(string(project, "project", "migrations", MIGRATIONS_DEFAULT)),
                string(project, "project", "core_schema", CORE_SCHEMA_DEFAULT),
                string(database, "database", "url", null),
                liveRoles(facades),
                bool(database, "database", "revoke_temporary"),
                bool(database, "database", "revoke_large_objects"),
                string(scratch, "scratch", "url", null),
                unmanagedObjects(unmanaged),
                string(database, "database", "max_lock", null));
        diagnostics.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.span().line())
                .thenComparingInt(d -> d.span().column()));
        return new Result(config, List.copyOf(diagnostics));
    }

    private Diagnostic malformed(JsonProcessingException e) {
        var location = e.getLocation();
        var span = location == null || location.getLineNr() < 1
                ? FileSpan.of(display)
                : Span.of(display, location.getLineNr(), Math.max(1, location.getColumnNr()));
        var reason = e.getOriginalMessage();
        reason = reason == null || reason.isEmpty() ? "syntax error"
                : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
        return Diagnostic.error(LoadCode.MALFORMED_PROJECT_FILE.code(), span, "strata.toml is not valid TOML: "
                + reason, "fix the syntax at this position; strings are quoted, for example name = \"shop\"");
    }

    private void warnAboutUnknownKeys(JsonNode tree) {
        tree.fieldNames().forEachRemaining(key -> {
            if (!KNOWN.containsKey(key)) {
                var hint = KNOWN.get("project").contains(key) ? "put it under [project]"
                        : "known tables are [project] (name, source, migrations, core_schema), [database] (url,"
                                + " revoke_temporary, revoke_large_objects, max_lock), [scratch] (url),"
                                + " [facades.NAME] (live_roles) and [unmanaged] (objects)";
                unknown("", key, "unknown key '" + key + "' in strata.toml", hint);
                return;
            }
            var table = tree.get(key);
            if (key.equals(FACADES)) {
                warnAboutUnknownFacadeKeys(table);
                return;
            }
            if (table.isObject()) {
                table.fieldNames().forEachRemaining(inner -> {
                    if (!KNOWN.get(key).contains(inner)) {
                        unknown(key, inner, "unknown key '" + inner + "' in [" + key + "]",
                                "[" + key + "] knows " + String.join(", ", KNOWN.get(key).stream().sorted().toList()));
                    }
                });
            }
        });
    }

    /** {@code [facades.NAME]} tables, one per facade, each knowing {@code live_roles}. */
    private void warnAboutUnknownFacadeKeys(JsonNode facades) {
        facades.fieldNames().forEachRemaining(facade -> {
            var table = facades.get(facade);
            if (!table.isObject()) {
                unknown(FACADES, facade, "'" + facade + "' in [facades] is not a table",
                        "write [facades." + facade + "] live_roles = [\"ROLE\"]");
                return;
            }
            table.fieldNames().forEachRemaining(inner -> {
                if (!inner.equals(LIVE_ROLES)) {
                    unknown(FACADES + "." + facade, inner, "unknown key '" + inner + "' in [facades." + facade + "]",
                            "[facades." + facade + "] knows live_roles");
                }
            });
        });
    }

    /** {@code live_roles} of each {@code [facades.NAME]} table that has it: a list of role names. */
    private Map<String, List<String>> liveRoles(JsonNode facades) {
        var roles = new LinkedHashMap<String, List<String>>();
        if (facades == null) {
            return roles;
        }
        facades.fieldNames().forEachRemaining(facade -> {
            var value = facades.get(facade).get(LIVE_ROLES);
            if (value == null) {
                return;
            }
            var names = new ArrayList<String>();
            if (value.isArray()) {
                value.forEach(role -> names.add(role.isTextual() && !role.asText().isBlank() ? role.asText() : null));
            }
            if (!value.isArray() || names.contains(null)) {
                diagnostics.add(Diagnostic.error(LoadCode.INVALID_PROJECT_VALUE.code(),
                        locate(FACADES + "." + facade, LIVE_ROLES),
                        "[facades." + facade + "] live_roles must be a list of role names",
                        "write it as a list of quoted names, for example live_roles = [\"shop_app\"]"));
                return;
            }
            roles.put(facade, List.copyOf(names));
        });
        return roles;
    }

    /**
     * {@code objects} of {@code [unmanaged]}: entries {@code KIND NAME} (a kind of one or more words, then the
     * name, where {@code *} stands for any run of characters).
     */
    private List<String> unmanagedObjects(JsonNode unmanaged) {
        var value = unmanaged == null ? null : unmanaged.get("objects");
        if (value == null) {
            return List.of();
        }
        var entries = new ArrayList<String>();
        if (value.isArray()) {
            value.forEach(e -> entries.add(e.isTextual() && e.asText().strip().contains(" ") ? e.asText().strip()
                    : null));
        }
        if (!value.isArray() || entries.contains(null)) {
            diagnostics.add(Diagnostic.error(LoadCode.INVALID_PROJECT_VALUE.code(), locate("unmanaged", "objects"),
                    "[unmanaged] objects must be a list of entries \"KIND NAME\"",
                    "write each object as its kind and its name, as Strata lists it, for example objects ="
                            + " [\"policy core.orders.tenant_isolation\", \"rule core.*\"]"));
            return List.of();
        }
        return List.copyOf(entries);
    }

    private void unknown(String table, String key, String message, String hint) {
        diagnostics.add(Diagnostic.warning(LoadCode.UNKNOWN_PROJECT_KEY.code(), locate(table, key), message, hint));
    }

    private JsonNode table(JsonNode tree, String name) {
        var table = tree.get(name);
        if (table == null) {
            return null;
        }
        if (!table.isObject()) {
            diagnostics.add(Diagnostic.error(LoadCode.INVALID_PROJECT_VALUE.code(), locate("", name),
                    "'" + name + "' must be a table", "write its keys under a [" + name + "] header"));
            return null;
        }
        return table;
    }

    private String string(JsonNode table, String tableName, String key, String fallback) {
        var value = table == null ? null : table.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            invalid(tableName, key, "[" + tableName + "] " + key + " must be a non-empty string");
            return fallback;
        }
        return value.asText();
    }

    /** A true/false setting; null when it is not written (or not a boolean, which is reported). */
    private Boolean bool(JsonNode table, String tableName, String key) {
        var value = table == null ? null : table.get(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            diagnostics.add(Diagnostic.error(LoadCode.INVALID_PROJECT_VALUE.code(), locate(tableName, key),
                    "[" + tableName + "] " + key + " must be true or false",
                    "write it without quotes, for example " + key + " = true"));
            return null;
        }
        return value.asBoolean();
    }

    private void invalid(String table, String key, String message) {
        diagnostics.add(Diagnostic.error(LoadCode.INVALID_PROJECT_VALUE.code(), locate(table, key), message,
                "write it as a quoted string, for example " + key + " = \"" + example(key) + "\""));
    }

    private static String example(String key) {
        switch (key) {
            case "url":
                return "jdbc:postgresql://localhost/shop";
            case "source":
                return SOURCE_DEFAULT;
            case "migrations":
                return MIGRATIONS_DEFAULT;
            case "core_schema":
                return CORE_SCHEMA_DEFAULT;
            default:
                return "shop";
        }
    }

    /** Where a key is written: the line of {@code key = …} inside {@code [table]}, or of the {@code [key]} header. */
    private Span locate(String table, String key) {
        var lines = text.split("\n", -1);
        var current = "";
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i];
            var trimmed = line.strip();
            if (trimmed.startsWith("[")) {
                current = trimmed.replaceAll("^\\[+\\s*|\\s*\\].*$", "");
                if (table.isEmpty() && (current.equals(key) || current.startsWith(key + "."))) {
                    return keySpan(i, line, key);
                }
                continue;
            }
            var name = trimmed.split("=", 2)[0].strip().replace("\"", "").replace("'", "");
            if (current.equals(table) && trimmed.contains("=") && name.equals(key)) {
                return keySpan(i, line, key);
            }
        }
        return FileSpan.of(display);
    }

    private Span keySpan(int lineIndex, String line, String key) {
        int column = Math.max(0, line.indexOf(key)) + 1;
        return new Span(display, lineIndex + 1, column, lineIndex + 1, column + key.length(), -1, -1);
    }
}
