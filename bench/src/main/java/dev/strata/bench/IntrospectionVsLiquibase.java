package dev.strata.bench;

import dev.strata.engine.database.LocalServer;
import dev.strata.engine.database.ScratchServer;
import dev.strata.introspect.FacadeSchema;
import dev.strata.introspect.IntrospectionRequest;
import dev.strata.introspect.IntrospectionResult;
import dev.strata.introspect.Introspector;
import dev.strata.plan.sql.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.CatalogAndSchema;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.snapshot.DatabaseSnapshot;
import liquibase.snapshot.SnapshotControl;
import liquibase.snapshot.SnapshotGeneratorFactory;
import liquibase.structure.core.Table;
import liquibase.structure.core.View;

/**
 * Introspects one generated database (2,000 tables by default, and a view per table in facade schemas) with
 * Strata's {@link Introspector} and with Liquibase's snapshot, side by side in one run against the same embedded
 * PostgreSQL, and prints the timings. Both read the core schema and every facade schema.
 *
 * <p>Run: {@code java -cp bench/target/strata-bench.jar dev.strata.bench.IntrospectionVsLiquibase [TABLES]
 * [STRATA_RUNS] [LIQUIBASE_RUNS]}.
 */
public final class IntrospectionVsLiquibase {

    private IntrospectionVsLiquibase() {
    }

    public static void main(String[] args) throws Exception {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int strataRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int liquibaseRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Logger.getLogger("").setLevel(Level.WARNING);
        Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.WARNING));

        try (var server = LocalServer.temporary();
             Connection connection = ScratchServer.connect(server.admin("bench"))) {
            System.out.println(machine(connection));
            System.out.println("load average at the start: " + loadAverage());
            long setup = System.nanoTime();
            try (var statement = connection.createStatement()) {
                for (String batch : GeneratedSql.batches(tables, 42)) {
                    statement.execute(batch);
                }
                statement.execute(Sql.of("ANALYZE").build());
            }
            System.out.printf("created %d tables and %d views in %.1f s%n", tables, tables, seconds(setup));

            var facades = GeneratedSql.facadeSchemas(tables);
            var request = new IntrospectionRequest("core", facades.stream().map(FacadeSchema::parse).toList());
            var strata = time(strataRuns, 3, () -> {
                IntrospectionResult result = Introspector.read(connection, request);
                return result.model().core().tables().size() + " tables, "
                        + result.model().facades().stream().mapToInt(f -> f.views().size()).sum() + " views, "
                        + result.catalogQueries() + " catalog queries";
            });
            System.out.println("strata    " + strata);
            if (liquibaseRuns == 0) {
                return;
            }

            var schemas = new ArrayList<CatalogAndSchema>();
            schemas.add(new CatalogAndSchema(null, "core"));
            facades.forEach(f -> schemas.add(new CatalogAndSchema(null, f)));
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            var liquibase = time(liquibaseRuns, 1, () -> {
                DatabaseSnapshot snapshot = SnapshotGeneratorFactory.getInstance().createSnapshot(
                        schemas.toArray(CatalogAndSchema[]::new), database, new SnapshotControl(database));
                return snapshot.get(Table.class).size() + " tables, " + snapshot.get(View.class).size() + " views";
            });
            System.out.println("liquibase " + liquibase);
            System.out.printf("median: strata %.0f ms, liquibase %.0f ms: strata is %.1fx faster%n",
                    strata.medianMillis(), liquibase.medianMillis(), liquibase.medianMillis() / strata.medianMillis());
            System.out.println("load average at the end: " + loadAverage());
        }
    }

    /** What a run produced and how long each timed run took. */
    private record Timing(String outcome, List<Double> millis) {
        double medianMillis() {
            var sorted = millis.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }

        @Override
        public String toString() {
            var sorted = millis.stream().sorted().toList();
            return String.format("%s; %d runs: median %.0f ms, min %.0f ms, max %.0f ms", outcome, millis.size(),
                    medianMillis(), sorted.get(0), sorted.get(sorted.size() - 1));
        }
    }

    @FunctionalInterface
    private interface Run {
        String once() throws Exception;
    }

    private static Timing time(int runs, int warmups, Run run) throws Exception {
        String outcome = null;
        for (int i = 0; i < warmups; i++) {
            outcome = run.once();
        }
        var millis = new ArrayList<Double>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            outcome = run.once();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Timing(outcome, millis);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Other processes share the machine: the load average says how much they took. */
    private static String loadAverage() throws java.io.IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).strip() : "unknown";
    }

    private static String machine(Connection connection) throws Exception {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        String server;
        try (var statement = connection.createStatement(); var rs = statement.executeQuery("SHOW server_version")) {
            rs.next();
            server = rs.getString(1);
        }
        return String.format("%s, %d cores visible to the JVM, Java %s, embedded PostgreSQL %s", cpu,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), server);
    }
}
