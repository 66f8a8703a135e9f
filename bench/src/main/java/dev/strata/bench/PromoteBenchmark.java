package dev.strata.bench;

import dev.strata.compiler.planner.PlanMaker;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.engine.Runner;
import dev.strata.engine.apply.ApplyOptions;
import dev.strata.engine.database.Database;
import dev.strata.engine.database.LocalServer;
import dev.strata.engine.database.ScratchServer;
import dev.strata.engine.database.Target;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.engine.session.Reporter;
import dev.strata.engine.session.RunnerIdentity;
import dev.strata.plan.PlanChain;
import dev.strata.plan.sql.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Promotion and rollback of a facade version (issue 5): {@code Runner.promote} of shop_api v2 (the release) and of
 * v1 (its rollback) on a core whose order table holds 10,000 rows, then 1,000,000 rows, each size on its own
 * database of one embedded PostgreSQL; the two sizes take turns, after a warm-up. Each measured call is what {@code strata promote} does: connect, advisory
 * lock, state check, one transaction (release table, ALTER ROLE … SET search_path, history row), disconnect.
 * Run (after {@code mvn -pl bench -am package -DskipTests}):
 * {@code java -cp bench/target/strata-bench.jar dev.strata.bench.PromoteBenchmark [--runs R] [--work DIR]}.
 */
public final class PromoteBenchmark {

    private static final String ROLE = "bench_shop_app";

    private static final String SOURCES = """
            core {
              table customer {
                id bigint generated always as identity primary key
                email text not null
              }
              table purchase {
                id bigint generated always as identity primary key
                customer_id bigint not null references customer (id)
                total numeric(12,2) not null default 0
                placed_at timestamptz not null default now()
              }
            }
            facade shop_api version 1 {
              view orders (id bigint, customer_id bigint, total numeric(12,2)) as $$
                select id, customer_id, total from core.purchase
              $$
              grant select on orders to bench_shop_app
            }
            facade shop_api version 2 {
              view orders (id bigint, customer_id bigint, total numeric(12,2), placed_at timestamptz) as $$
                select id, customer_id, total, placed_at from core.purchase
              $$
              grant select on orders to bench_shop_app
            }
            """;

    private PromoteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 21;
        Path work = Path.of("target/promote-bench");
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[i + 1]);
            } else if (args[i].equals("--work")) {
                work = Path.of(args[i + 1]);
            }
        }
        Path project = project(Files.createDirectories(work));
        int[] sizes = {10_000, 1_000_000};
        try (LocalServer server = LocalServer.temporary()) {
            System.out.println("server: " + ScratchServer.connect(server.admin("bench")).getMetaData()
                    .getDatabaseProductVersion());
            List<Size> prepared = new ArrayList<>();
            for (int rows : sizes) {
                prepared.add(prepare(server, project, rows));
            }
            ApplyOptions options = ApplyOptions.defaults();
            // the sizes take turns in every round, so a disturbance of the shared machine hits both alike
            for (int run = -WARM_UP; run < runs; run++) {
                for (Size size : prepared) {
                    long release = timed(size.runner, 2, options);
                    long back = timed(size.runner, 1, options);
                    if (run >= 0) {
                        size.promote.add(release);
                        size.rollback.add(back);
                    }
                }
            }
            for (Size size : prepared) {
                System.out.printf("core.purchase %,d rows (%s): promote v2 median %.1f ms best %.1f ms;"
                                + " rollback (promote v1) median %.1f ms best %.1f ms; runs %d; promote %s;"
                                + " rollback %s%n", size.rows, size.tableSize, median(size.promote),
                        min(size.promote), median(size.rollback), min(size.rollback), runs, millis(size.promote),
                        millis(size.rollback));
                size.database.close();
            }
        }
    }

    private static final int WARM_UP = 20;

    /** One database with its order table filled, and the times measured on it. */
    private record Size(int rows, String tableSize, Database database, Runner runner, List<Long> promote,
                        List<Long> rollback) {
    }

    private static Path project(Path work) throws Exception {
        Path root = Files.createTempDirectory(work, "project");
        Files.writeString(root.resolve("strata.toml"), "[project]\nname = \"bench\"\n");
        Files.createDirectories(root.resolve("schema"));
        Files.writeString(root.resolve("schema/shop.strata"), SOURCES);
        var outcome = PlanMaker.make(ProjectLoader.load(root), "initial", false);
        PlanMaker.write(outcome, root.resolve("migrations"));
        return root;
    }

    /** One customer with {@code rows} purchases, statistics up to date. */
    static List<String> purchases(int rows) {
        return List.of(Sql.insertInto("core", "customer", List.of("email")).kw("VALUES").open().lit("a@example.com")
                        .close().build(),
                Sql.insertInto("core", "purchase", List.of("customer_id", "total"))
                        .kw("SELECT 1, g % 1000 FROM generate_series(1,").number(rows).close().kw("g").build(),
                Sql.of("VACUUM ANALYZE").name("core", "purchase").build());
    }

    private static Size prepare(LocalServer server, Path project, int rows) throws Exception {
        String name = "promote_" + rows;
        try (Connection admin = ScratchServer.connect(server.admin("bench")); Statement s = admin.createStatement()) {
            s.execute(Sql.of("CREATE DATABASE").id(name).build());
        }
        Target target = new Target(server.target(name, "bench").jdbcUrl(), "postgres", null, "bench", false);
        Database database = Database.connect(target, RunnerIdentity.current(), Duration.ofSeconds(10));
        Runner runner = new Runner(database, RunnerIdentity.current(), Reporter.silent());
        runner.apply(PlanChain.load(project.resolve("migrations"), "migrations", "bench"), ApplyOptions.defaults());
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            for (String statement : purchases(rows)) {
                s.execute(statement);
            }
        }
        String size = scalar(database, "SELECT pg_size_pretty(pg_total_relation_size('core.purchase'))");
        return new Size(rows, size, database, runner, new ArrayList<>(), new ArrayList<>());
    }

    private static long timed(Runner runner, int version, ApplyOptions options) {
        long start = System.nanoTime();
        runner.promote(PromoteRequest.of("bench", "shop_api", version, List.of(ROLE)), options);
        return System.nanoTime() - start;
    }

    private static String scalar(Database database, String sql) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double min(List<Long> nanos) {
        return Collections.min(nanos) / 1e6;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> String.format("%.1f", n / 1e6)).toList().toString();
    }
}
