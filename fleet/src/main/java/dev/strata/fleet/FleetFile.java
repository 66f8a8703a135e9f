package dev.strata.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.strata.engine.errors.Problem;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.strata.engine.session.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A fleet file ({@code fleet.toml}, docs/fleet.md): the project whose plans the fleet applies, where its targets
 * come from, and its rings in rollout order. Read with the same TOML library as {@code strata.toml}; every problem
 * is one paragraph naming the key and what to write instead, and stops the command (exit code 1).
 */
public record FleetFile(Path file, Path project, List<TargetSource> sources, List<Ring> rings) {

    public static final String FILE_NAME = "fleet.toml";

    /** The most targets a ring applies at once: each holds a connection to its target. */
    public static final int MAX_PARALLELISM = 64;

    private static final Set<String> TOP_KEYS = Set.of("project", "target", "discover", "databases", "ring");
    private static final Set<String> TARGET_KEYS = Set.of("name", "url");
    private static final Set<String> DISCOVER_KEYS = Set.of("url", "query");
    private static final Set<String> DATABASES_KEYS = Set.of("server", "pattern");
    private static final Set<String> RING_KEYS = Set.of("name", "select", "limit", "parallelism", "on-failure", "bake",
            "health", "health-command");

    public FleetFile {
        sources = List.copyOf(sources);
        rings = List.copyOf(rings);
    }

    /** Reads {@code file}; a directory stands for the {@code fleet.toml} in it. */
    public static FleetFile read(Path file) {
        Path path = Files.isDirectory(file) ? file.resolve(FILE_NAME) : file;
        path = path.toAbsolutePath().normalize();
        JsonNode root;
        try {
            root = new TomlMapper().readTree(Files.readString(path));
        } catch (NoSuchFileException e) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "No fleet file at " + path + ".",
                    "Give the fleet file (or the directory holding " + FILE_NAME + ") with --fleet; docs/fleet.md"
                            + " shows its format."));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new StrataException(new Problem(ProblemKind.INVALID, path + " is not valid TOML" + where + ".",
                    e.getOriginalMessage() + ". Fix the file; docs/fleet.md shows its format."));
        } catch (IOException e) {
            throw new StrataException(new Problem(ProblemKind.USAGE, "Cannot read the fleet file " + path + ".",
                    e.toString() + ". Check that the file exists and can be read."));
        }
        return new Reader(path).read(root == null ? new TomlMapper().createObjectNode() : root);
    }

    /** A problem of the file: stops the command before anything connects. */
    static StrataException invalid(Path file, String what, String fix) {
        return new StrataException(new Problem(ProblemKind.INVALID, file + ": " + what + ".", fix
                + " (docs/fleet.md shows the format); nothing was done."));
    }

    /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1h}, {@code 7d}; null when it is none of these. */
    static Duration duration(String text) {
        try {
            return Durations.parse(text);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    /** Reads the tree of one file, failing on the first problem with its key. */
    private record Reader(Path file) {

        FleetFile read(JsonNode root) {
            keys(root, TOP_KEYS, "the top level");
            Path project = file.getParent();
            if (root.has("project")) {
                project = file.getParent().resolve(text(root, "project", "the top level")).normalize();
            }
            List<TargetSource> sources = new ArrayList<>();
            if (root.has("target")) {
                sources.add(listed(root.get("target")));
            }
            if (root.has("discover")) {
                JsonNode discover = table(root, "discover");
                keys(discover, DISCOVER_KEYS, "[discover]");
                sources.add(new TargetSource.Discovered(required(discover, "url", "[discover]"),
                        required(discover, "query", "[discover]")));
            }
            if (root.has("databases")) {
                JsonNode databases = table(root, "databases");
                keys(databases, DATABASES_KEYS, "[databases]");
                sources.add(new TargetSource.DatabasePattern(required(databases, "server", "[databases]"),
                        required(databases, "pattern", "[databases]")));
            }
            if (sources.isEmpty()) {
                throw invalid(file, "the fleet has no targets", "List them with [[target]] (name and url), discover"
                        + " them with [discover] (url of a control database and a query returning a url column), or"
                        + " take a server's databases by name with [databases] (server and pattern)");
            }
            return new FleetFile(file, project, sources, rings(root));
        }

        private TargetSource listed(JsonNode node) {
            if (!node.isArray()) {
                throw invalid(file, "'target' must be an array of tables", "Write each target as a [[target]]"
                        + " table with url (and optionally name)");
            }
            List<TargetSource.Named> targets = new ArrayList<>();
            int index = 0;
            for (JsonNode target : node) {
                index++;
                String where = "[[target]] number " + index;
                if (!target.isObject()) {
                    throw invalid(file, where + " is not a table", "Write it as a [[target]] table with url");
                }
                keys(target, TARGET_KEYS, where);
                targets.add(new TargetSource.Named(target.has("name") ? text(target, "name", where) : null,
                        required(target, "url", where)));
            }
            return new TargetSource.Listed(targets);
        }

        private List<Ring> rings(JsonNode root) {
            JsonNode node = root.get("ring");
            if (node == null || !node.isArray() || node.isEmpty()) {
                throw invalid(file, "the fleet has no rings", "Add at least one [[ring]] with a name and select"
                        + " (patterns of target names; select = [\"*\"] takes every target not in an earlier ring)");
            }
            List<Ring> rings = new ArrayList<>();
            Set<String> names = new HashSet<>();
            int index = 0;
            for (JsonNode ring : node) {
                index++;
                String where = "[[ring]] number " + index;
                if (!ring.isObject()) {
                    throw invalid(file, where + " is not a table", "Write it as a [[ring]] table");
                }
                String name = required(ring, "name", where);
                where = "ring '" + name + "'";
                keys(ring, RING_KEYS, where);
                if (!names.add(name)) {
                    throw invalid(file, "two rings are named '" + name + "'", "Give every ring its own name");
                }
                rings.add(new Ring(name, patterns(ring, where), limit(ring, where), parallelism(ring, where),
                        onFailure(ring, where), bake(ring, where), ring.has("health") ? text(ring, "health", where)
                        : null, ring.has("health-command") ? healthCommand(ring, where) : null));
            }
            return rings;
        }

        private List<String> patterns(JsonNode ring, String where) {
            JsonNode select = ring.get("select");
            if (select == null) {
                throw invalid(file, where + " has no select", "Give the names of its targets as patterns, e.g."
                        + " select = [\"tenant_00*\"] (* any run of characters, ? one), or select = [\"*\"]");
            }
            List<String> patterns = new ArrayList<>();
            if (select.isTextual()) {
                patterns.add(select.asText());
            } else if (select.isArray() && !select.isEmpty()) {
                for (JsonNode pattern : select) {
                    if (!pattern.isTextual() || pattern.asText().isEmpty()) {
                        throw invalid(file, where + ": select holds " + pattern + ", not a pattern",
                                "Write each pattern as a non-empty string, e.g. select = [\"eu-*\", \"us-1\"]");
                    }
                    patterns.add(pattern.asText());
                }
            } else {
                throw invalid(file, where + ": select must be a pattern or a list of patterns",
                        "Write it as select = [\"tenant_00*\"]");
            }
            return patterns;
        }

        private Integer limit(JsonNode ring, String where) {
            if (!ring.has("limit")) {
                return null;
            }
            return number(ring, "limit", where, 1, Integer.MAX_VALUE);
        }

        private int parallelism(JsonNode ring, String where) {
            return ring.has("parallelism") ? number(ring, "parallelism", where, 1, MAX_PARALLELISM) : 1;
        }

        private Ring.OnFailure onFailure(JsonNode ring, String where) {
            if (!ring.has("on-failure")) {
                return Ring.OnFailure.STOP;
            }
            String value = text(ring, "on-failure", where);
            return switch (value) {
                case "stop" -> Ring.OnFailure.STOP;
                case "continue" -> Ring.OnFailure.CONTINUE;
                default -> throw invalid(file, where + ": on-failure is '" + value + "'", "Write on-failure ="
                        + " \"stop\" (a failure leaves every later ring untouched) or \"continue\"");
            };
        }

        private Duration bake(JsonNode ring, String where) {
            if (!ring.has("bake")) {
                return Duration.ZERO;
            }
            String value = text(ring, "bake", where);
            Duration bake = duration(value);
            if (bake == null) {
                throw invalid(file, where + ": bake is '" + value + "', not a duration", "Write a duration such as"
                        + " bake = \"30s\", \"500ms\", \"10m\" or \"1h\"");
            }
            return bake;
        }

        private int number(JsonNode node, String key, String where, int least, int most) {
            JsonNode value = node.get(key);
            if (!value.isIntegralNumber() || value.asLong() < least || value.asLong() > most) {
                throw invalid(file, where + ": " + key + " is " + value + "", "Write a whole number from " + least
                        + (most == Integer.MAX_VALUE ? " up" : " to " + most) + ", without quotes");
            }
            return value.asInt();
        }

        private JsonNode table(JsonNode root, String key) {
            JsonNode node = root.get(key);
            if (!node.isObject()) {
                throw invalid(file, "'" + key + "' must be a table", "Write it as a [" + key + "] section");
            }
            return node;
        }

        private String required(JsonNode node, String key, String where) {
            if (!node.has(key)) {
                throw invalid(file, where + " has no " + key, "Add " + key + " = \"…\" to it");
            }
            return text(node, key, where);
        }

        /** {@code health-command = ["./check.sh", "--fast"]}: a program and its arguments, run without a shell. */
        private HealthCommand healthCommand(JsonNode ring, String where) {
            JsonNode value = ring.get("health-command");
            String example = "Write the program and its arguments as an array of strings, e.g. health-command ="
                    + " [\"./check-orders.sh\", \"--since\", \"10m\"]; it runs without a shell, in the fleet file's"
                    + " directory, once per target";
            if (!value.isArray() || value.isEmpty()) {
                throw invalid(file, where + ": health-command must be a non-empty array of strings, not " + value,
                        example);
            }
            List<String> argv = new ArrayList<>();
            for (JsonNode word : value) {
                if (!word.isTextual() || word.asText().isEmpty()) {
                    throw invalid(file, where + ": health-command holds " + word + ", not a non-empty string",
                            example);
                }
                argv.add(word.asText());
            }
            return new HealthCommand(argv, file.getParent());
        }

        private String text(JsonNode node, String key, String where) {
            JsonNode value = node.get(key);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw invalid(file, where + ": " + key + " must be a non-empty string, not " + value,
                        "Write it in double quotes, e.g. " + key + " = \"…\"");
            }
            return value.asText();
        }

        private void keys(JsonNode node, Set<String> known, String where) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (name.equals("schemas") && where.equals("the top level")) {
                    throw invalid(file, "'schemas' (tenant schemas) is not supported", "Each target of a fleet is"
                            + " a database: Strata keeps its state (schema strata), its lock and the plans' schema"
                            + " names once per database, so one database cannot hold several tenants' copies of the"
                            + " project; give each tenant its own database");
                }
                if (!known.contains(name)) {
                    throw invalid(file, where + " has an unknown key '" + name + "'", "The keys there are "
                            + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
    }
}
