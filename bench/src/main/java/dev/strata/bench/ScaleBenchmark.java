package dev.strata.bench;

import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.LocalServer;
import dev.strata.engine.drift.DriftDetector;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Planning, checking and importing a big schema end to end, beside {@code pg_dump --schema-only} of the same
 * database in the same run. The project: {@link GeneratedSchema} (2,000 tables and 2,000 facade views by default);
 * its first plan is applied to an embedded PostgreSQL {@code ${pg.dumpable.version}} (pg_dump 15 refuses newer
 * servers), then each tool runs as a separate process, as a user runs it, in a rotating order:
 * <ul>
 *   <li>{@code strata check DIR};</li>
 *   <li>{@code strata plan --name next --dry-run DIR} of the project with no plans yet (the whole schema);</li>
 *   <li>{@code strata import --url URL --out NEW --no-baseline} of the applied database, facades included;</li>
 *   <li>{@code pg_dump --schema-only} of the same database;</li>
 *   <li>and, in process, the catalog capture an apply takes of the new state inside its transaction.</li>
 * </ul>
 *
 * <p>Run: {@code java -cp bench/target/strata-bench.jar dev.strata.bench.ScaleBenchmark --strata cli/target/strata.jar
 * --pg-dump /usr/lib/postgresql/15/bin/pg_dump [--tables 2000] [--runs 5] [--work DIR]}.
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int tables = Integer.parseInt(options.getOrDefault("tables", "2000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = Path.of(options.getOrDefault("work", Files.createTempDirectory("strata-scale").toString()));
        String strata = options.getOrDefault("strata", "cli/target/strata.jar");
        String pgDump = options.getOrDefault("pg-dump", "/usr/lib/postgresql/15/bin/pg_dump");
        Path applied = work.resolve("applied");
        Path fresh = work.resolve("fresh");
        GeneratedSchema.write(applied, tables, 42);
        GeneratedSchema.write(fresh, tables, 42);
        try (LocalServer server = LocalServer.temporary()) {
            Target target = server.target("postgres", "bench");
            try (Connection c = ScratchServer.connect(server.admin("bench"))) {
                System.out.println("server: PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + "; "
                        + tables + " tables and " + tables + " facade views; java " + System.getProperty("java.version")
                        + "; " + Runtime.getRuntime().availableProcessors() + " cpus");
            }
            applyInParts(applied, target, strata);
            List<String> facades = new ArrayList<>();
            for (int f = 0; f * 100 < tables; f++) {
                facades.add("--facade");
                facades.add("api" + f + "_v1");
            }
            String url = target.jdbcUrl();
            Map<String, List<String>> tools = new LinkedHashMap<>();
            tools.put("strata check", List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", strata,
                    "check", fresh.toString()));
            tools.put("strata plan --dry-run", List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                    strata, "plan", "--name", "next", "--dry-run", fresh.toString()));
            var importCommand = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                    strata, "import", "--url", url, "--no-baseline", "--out"));
            tools.put("strata import --no-baseline", importCommand);
            tools.put("pg_dump --schema-only", List.of(pgDump, "--schema-only", "-h", "localhost", "-p",
                    Integer.toString(server.port()), "-U", "postgres", "-f", work.resolve("dump.sql").toString(),
                    "postgres"));
            Map<String, List<Long>> times = new LinkedHashMap<>();
            tools.keySet().forEach(tool -> times.put(tool, new ArrayList<>()));
            for (int r = 0; r < runs; r++) {
                var order = new ArrayList<>(tools.keySet());
                java.util.Collections.rotate(order, r);
                for (String tool : order) {
                    var command = new ArrayList<>(tools.get(tool));
                    if (tool.startsWith("strata import")) {
                        Path out = work.resolve("import-" + r);
                        command.add(out.toString());
                        command.addAll(facades);
                    }
                    long start = System.nanoTime();
                    run(command);
                    times.get(tool).add((System.nanoTime() - start) / 1_000_000);
                }
            }
            // the capture an apply takes of the new state, inside the plan's transaction: how long it extends the
            // plan's locks (in process, the connection open, as the engine runs it)
            String capture = "catalog capture (in process)";
            times.put(capture, new ArrayList<>());
            try (Connection connection = ScratchServer.connect(target)) {
                DriftDetector detector = new DriftDetector();
                detector.capture(connection);
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    detector.capture(connection);
                    times.get(capture).add((System.nanoTime() - start) / 1_000_000);
                }
            }
            times.forEach((tool, list) -> {
                var sorted = new ArrayList<>(list);
                java.util.Collections.sort(sorted);
                System.out.printf("%-30s best %6d ms   median %6d ms   all %s%n", tool, sorted.get(0),
                        sorted.get(sorted.size() / 2), list);
            });
        }
    }

    /**
     * Plans and applies the generated project a few files at a time (each plan a fifth of the schema), so no one
     * transaction needs more locks than PostgreSQL's default lock table holds; the database ends as Strata leaves
     * any project: facade owners, grants, history.
     */
    private static void applyInParts(Path project, Target target, String strata) throws Exception {
        Path schema = project.resolve("schema");
        Path held = project.resolve("all-schema");
        Files.move(schema, held);
        Files.createDirectories(schema);
        List<Path> files;
        try (var list = Files.list(held)) {
            // the core files first: a facade view of a table the sources do not hold yet cannot be applied
            files = list.sorted(java.util.Comparator.comparing((Path file) -> !file.getFileName().toString()
                    .startsWith("core")).thenComparing(Path::toString)).toList();
        }
        int part = Math.max(1, (files.size() + 4) / 5);
        for (int from = 0; from < files.size(); from += part) {
            for (Path file : files.subList(from, Math.min(files.size(), from + part))) {
                Files.copy(file, schema.resolve(file.getFileName()));
            }
            run(List.of("java", "-jar", strata, "plan", "--name", "part-" + (from / part + 1), project.toString()));
            try (Database database = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(10))) {
                new Runner(database, RunnerIdentity.current(), Reporter.silent()).apply(PlanChain.load(
                        project.resolve("migrations"), "migrations", "generated"), ApplyOptions.defaults());
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IOException("exit " + code + ": " + String.join(" ", command));
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
