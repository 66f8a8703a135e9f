package dev.strata.bench;

import dev.strata.engine.ApplyResult;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.LocalServer;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.Backup;
import dev.strata.plan.LockLevel;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanJson;
import dev.strata.plan.Risk;
import dev.strata.plan.Step;
import dev.strata.plan.StepTarget;
import dev.strata.plan.sql.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * The runtime's side-by-side benchmarks (issue 4), on one embedded PostgreSQL server:
 * <ol>
 *   <li>applying a from-empty plan of N tables (default 1,000) with Strata, with {@code psql -1 -f up.sql} and with
 *   Flyway, the same SQL each time, each run on a fresh database;</li>
 *   <li>backing up one column of a table of M rows (default 1,000,000) with Strata (the plan step's backup, in the
 *   apply transaction; and the same with --export-backup to a CSV file) against {@code pg_dump -t} of the table.</li>
 * </ol>
 * Prints the median and every run's wall time. Run (after {@code mvn -pl bench -am package -DskipTests}):
 * {@code java -cp bench/target/strata-bench.jar dev.strata.bench.RuntimeBenchmark [--tables N] [--rows M]
 * [--runs R] [--psql PATH] [--pg-dump PATH] [--work DIR]}.
 */
public final class RuntimeBenchmark {

    private static final String CORE = "core";
    private static final String BACKUP = "strata_backup";
    private static final int COLUMN_TYPES = 10;

    private final LocalServer server;
    private final Path work;
    private final String psql;
    private final String pgDump;
    private int databases;

    private RuntimeBenchmark(LocalServer server, Path work, String psql, String pgDump) {
        this.server = server;
        this.work = work;
        this.psql = psql;
        this.pgDump = pgDump;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int tables = Integer.parseInt(options.getOrDefault("tables", "1000"));
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path work = Files.createDirectories(Path.of(options.getOrDefault("work", "target/runtime-bench")));
        try (LocalServer server = LocalServer.temporary()) {
            RuntimeBenchmark bench = new RuntimeBenchmark(server, work,
                    options.getOrDefault("psql", "/usr/lib/postgresql/15/bin/psql"),
                    options.getOrDefault("pg-dump", "/usr/lib/postgresql/15/bin/pg_dump"));
            System.out.println("server: " + bench.scalar("postgres", "SELECT version()"));
            bench.applyBenchmark(tables, runs);
            bench.backupBenchmark(rows, Math.max(3, runs - 2));
        }
    }

    // ---- apply of a from-empty plan

    private void applyBenchmark(int tables, int runs) throws Exception {
        List<String> statements = schemaStatements(tables);
        Path upSql = work.resolve("up.sql");
        Files.writeString(upSql, String.join(";\n\n", statements) + ";\n");
        Path flywayDir = Files.createDirectories(work.resolve("flyway"));
        Files.copy(upSql, flywayDir.resolve("V1__up.sql"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        PlanChain plans = PlanChain.of("bench", List.of(plan(1, null, steps(statements))));
        System.out.println("\napply from empty: " + tables + " tables, " + statements.size() + " statements, "
                + Files.size(upSql) / 1024 + " KiB of SQL");

        Map<String, List<Long>> times = new LinkedHashMap<>();
        times.put("strata apply", new ArrayList<>());
        times.put("psql -1 -f up.sql", new ArrayList<>());
        times.put("flyway migrate", new ArrayList<>());
        Map<String, Work> tools = new LinkedHashMap<>();
        tools.put("strata apply", db -> strataApply(db, plans, null));
        tools.put("psql -1 -f up.sql", db -> psqlApply(db, upSql));
        tools.put("flyway migrate", db -> flywayApply(db, flywayDir));
        for (int run = 0; run < runs; run++) {
            for (String tool : rotated(new ArrayList<>(tools.keySet()), run)) {
                times.get(tool).add(timed(newDatabase(), tools.get(tool), tables));
            }
        }
        report(times);
    }

    private interface Work {
        void run(String database) throws Exception;
    }

    private long timed(String database, Work work, int expectedTables) throws Exception {
        long start = System.nanoTime();
        work.run(database);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String count = scalar(database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'core'");
        if (expectedTables >= 0 && Integer.parseInt(count) != expectedTables) {
            throw new IllegalStateException("expected " + expectedTables + " tables, found " + count);
        }
        return millis;
    }

    private void strataApply(String database, PlanChain plans, Path exportDir) {
        Target target = new Target(server.target(database, "bench").jdbcUrl(), "postgres", null, "bench", false);
        try (Database db = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(10))) {
            ApplyResult result = new Runner(db, RunnerIdentity.current(), Reporter.silent())
                    .apply(plans, ApplyOptions.defaults().withExportBackupDir(exportDir));
            if (result.applied().size() != plans.plans().size()) {
                throw new IllegalStateException("strata applied " + result.applied());
            }
        }
    }

    private void psqlApply(String database, Path upSql) throws Exception {
        run(List.of(psql, "-X", "-q", "-1", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p",
                Integer.toString(server.port()), "-U", "postgres", "-d", database, "-f", upSql.toString()));
    }

    private void flywayApply(String database, Path dir) {
        Flyway.configure().dataSource(server.target(database, "bench").jdbcUrl(), "postgres", "")
                .locations("filesystem:" + dir.toAbsolutePath()).load().migrate();
    }

    // ---- backup of one column of a large table

    private void backupBenchmark(int rows, int runs) throws Exception {
        String template = "bench_big";
        execute("postgres", Sql.of("CREATE DATABASE").id(template).build());
        for (String statement : bigTable(rows)) {
            execute(template, statement);
        }
        String tableSize = scalar(template, "SELECT pg_size_pretty(pg_total_relation_size('core.big'))");
        System.out.println("\nbackup of one column: core.big, " + rows + " rows, " + tableSize
                + " (5 columns); Strata backs up (id, note) before dropping note, pg_dump -t dumps the table");

        Step drop = dropNoteStep();
        PlanChain plans = PlanChain.of("bench", List.of(plan(1, null, List.of(drop))));

        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, Work> tools = new LinkedHashMap<>();
        tools.put("strata apply (backup in strata_backup + drop column)", db -> strataApply(db, plans, null));
        tools.put("strata apply --export-backup (also writes CSV)", db -> strataApply(db, plans,
                work.resolve("export")));
        tools.put("pg_dump -t core.big -f big.sql", db -> run(List.of(pgDump, "-h", "localhost", "-p",
                Integer.toString(server.port()), "-U", "postgres", "-t", "core.big", "-f",
                work.resolve("big.sql").toString(), db)));
        tools.put("pg_dump -Fc -t core.big -f big.dump", db -> run(List.of(pgDump, "-Fc", "-h", "localhost", "-p",
                Integer.toString(server.port()), "-U", "postgres", "-t", "core.big", "-f",
                work.resolve("big.dump").toString(), db)));
        tools.keySet().forEach(tool -> times.put(tool, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (String tool : rotated(new ArrayList<>(tools.keySet()), run)) {
                times.get(tool).add(timed(copyOf(template), tools.get(tool), -1));
            }
        }
        report(times);
        System.out.println("files: big.sql " + Files.size(work.resolve("big.sql")) / (1024 * 1024) + " MiB, big.dump "
                + Files.size(work.resolve("big.dump")) / (1024 * 1024) + " MiB, strata CSV "
                + Files.size(work.resolve("export").resolve("0001_p1.p1_big_note.csv")) / (1024 * 1024) + " MiB");
    }

    /** {@code core.big} with {@code rows} rows, its statistics up to date. */
    static List<String> bigTable(int rows) {
        return List.of(Sql.of("CREATE SCHEMA").id(CORE).build(),
                Sql.of("CREATE TABLE").name(CORE, "big").open().id("id").kw("bigint PRIMARY KEY").comma()
                        .id("payload").kw("text NOT NULL").comma().id("note").kw("text").comma().id("amount")
                        .kw("numeric(12,2)").comma().id("created_at").kw("timestamptz NOT NULL DEFAULT now()").close()
                        .build(),
                Sql.insertInto(CORE, "big", List.of("id", "payload", "note", "amount"))
                        .kw("SELECT g, md5(g::text) || md5((g * 7)::text),").lit("note for row ")
                        .kw("|| g, g % 10000 / 100.0 FROM generate_series(1,").number(rows).close().kw("g").build(),
                Sql.of("VACUUM ANALYZE").name(CORE, "big").build());
    }

    /** The step that drops {@code core.big.note}, backing up (id, note) first, and its way back. */
    static Step dropNoteStep() {
        String backupTable = "p1_big_note";
        Backup backup = Backup.beforeStep(backupTable, "core.big", List.of("id", "note"), List.of("id"),
                Sql.of("CREATE TABLE").name(BACKUP, backupTable).kw("AS SELECT").idList(List.of("id", "note"))
                        .kw("FROM").name(CORE, "big").build());
        String restore = String.join("\n",
                Sql.of("ALTER TABLE").name(CORE, "big").kw("ADD COLUMN").id("note").kw("text").build(),
                Sql.update(CORE, "big").kw("AS").id("t").kw("SET").eq("note").name("b", "note").kw("FROM")
                        .name(BACKUP, backupTable).kw("AS").id("b").kw("WHERE").name("b", "id").kw("=")
                        .name("t", "id").build());
        return new Step(1, "drop column", StepTarget.ofTable(StepTarget.Kind.COLUMN, "core", "big", "note"),
                "core.big.note", Sql.of("ALTER TABLE").name(CORE, "big").kw("DROP COLUMN").id("note").build(),
                restore, LockLevel.ACCESS_EXCLUSIVE, false, false, true, Risk.DESTRUCTIVE, backup, null, false, null);
    }

    // ---- the schema: N tables like the ones GeneratedSchema writes, as plain SQL

    static List<String> schemaStatements(int tables) {
        Random random = new Random(42);
        List<String> statements = new ArrayList<>();
        statements.add(Sql.of("CREATE SCHEMA").id(CORE).fragment());
        for (int t = 0; t < tables; t++) {
            String table = "t" + t;
            var sql = Sql.of("CREATE TABLE").name(CORE, table).kw("(").newline("  ").id("id")
                    .kw("bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY").comma().newline("  ").id("parent_id")
                    .kw("bigint");
            if (t > 0) {
                sql.kw("REFERENCES").name(CORE, "t" + random.nextInt(t)).ids(List.of("id")).kw("ON DELETE CASCADE");
            }
            for (int c = 0; c < 8; c++) {
                String column = "c" + c;
                columnType(sql.comma().newline("  ").id(column), random.nextInt(COLUMN_TYPES), column);
            }
            statements.add(sql.newline("").close().fragment());
            statements.add(Sql.of("CREATE INDEX").id(table + "_parent").kw("ON").name(CORE, table)
                    .ids(List.of("parent_id")).fragment());
            statements.add(Sql.of("CREATE INDEX").id(table + "_c0").kw("ON").name(CORE, table)
                    .ids(List.of("c0", "id")).fragment());
        }
        return statements;
    }

    /** One of {@link #COLUMN_TYPES} column types, with its constraints and default. */
    private static void columnType(Sql sql, int type, String column) {
        switch (type) {
            case 0 -> sql.kw("text NOT NULL DEFAULT").lit("");
            case 1 -> sql.kw("integer NOT NULL DEFAULT 0 CHECK").open().id(column).kw(">= 0").close();
            case 2 -> sql.kw("bigint");
            case 3 -> sql.kw("numeric(12,2) DEFAULT 0");
            case 4 -> sql.kw("boolean NOT NULL DEFAULT false");
            case 5 -> sql.kw("timestamptz NOT NULL DEFAULT now()");
            case 6 -> sql.kw("date");
            case 7 -> sql.kw("jsonb NOT NULL DEFAULT").lit("{}");
            case 8 -> sql.kw("uuid");
            default -> sql.kw("varchar(64)");
        }
    }

    private static List<Step> steps(List<String> statements) {
        List<Step> steps = new ArrayList<>();
        for (String sql : statements) {
            steps.add(new Step(steps.size() + 1, "create", StepTarget.global(StepTarget.Kind.SCHEMA, "core"), "core",
                    sql, "SELECT 1", LockLevel.ACCESS_EXCLUSIVE, false,
                    false, true, Risk.SAFE, null, null, false, null));
        }
        return steps;
    }

    private static Plan plan(int sequence, Plan parent, List<Step> steps) {
        return PlanJson.seal(new Plan(Plan.FORMAT, String.format("%04d_p%d", sequence, sequence), sequence,
                "p" + sequence, "bench", "core", parent == null ? null : parent.id(),
                parent == null ? null : parent.checksum(), "m0", "m1", "bench", false, List.of(), steps, List.of(), null, null));
    }

    // ---- plumbing

    private String newDatabase() throws SQLException {
        String name = "bench_" + (++databases);
        execute("postgres", Sql.of("CREATE DATABASE").id(name).build());
        return name;
    }

    private String copyOf(String template) throws SQLException {
        String name = "bench_" + (++databases);
        execute("postgres", Sql.of("CREATE DATABASE").id(name).kw("TEMPLATE").id(template).build());
        execute(name, "CHECKPOINT");
        return name;
    }

    private void execute(String database, String sql) throws SQLException {
        try (Connection c = ScratchServer.connect(server.target(database, "bench"));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String scalar(String database, String sql) throws SQLException {
        try (Connection c = ScratchServer.connect(server.target(database, "bench"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    /** The tools in a different order each run, so none always runs first (or right after another). */
    private static List<String> rotated(List<String> tools, int run) {
        Collections.rotate(tools, run % tools.size());
        return tools;
    }

    /** One Markdown row per tool: best and median wall time, each relative to the first tool's. */
    private static void report(Map<String, List<Long>> times) {
        long baseBest = -1;
        long baseMedian = -1;
        System.out.println("| tool | best | median | best vs first | median vs first | all runs (ms) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | --- |");
        for (Map.Entry<String, List<Long>> entry : times.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            long best = sorted.get(0);
            long median = sorted.get(sorted.size() / 2);
            if (baseBest < 0) {
                baseBest = best;
                baseMedian = median;
            }
            System.out.printf("| %s | %d ms | %d ms | %.2f× | %.2f× | %s |%n", entry.getKey(), best, median,
                    best / (double) baseBest, median / (double) baseMedian, entry.getValue());
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
