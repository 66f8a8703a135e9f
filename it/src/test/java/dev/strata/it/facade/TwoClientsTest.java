package dev.strata.it.facade;

import static dev.strata.it.facade.ShopSources.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.Runner;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.facade.PromoteRequest;
import dev.strata.it.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application builds on real PostgreSQL, one pinned to shop_api v1, one to v2, each writing and reading back
 * orders continuously while a core plan applies (a new column, and a rename v1 and v2 hide behind their
 * unchanged interfaces), v2 is promoted, and the release is rolled back (v1 promoted again): no client sees an
 * error, and every order either wrote is there at the end.
 */
class TwoClientsTest {

    @TempDir
    Path dir;

    private final String app = AppConnections.uniqueRole("shop_app");

    @Test
    void bothVersionsKeepWorkingThroughACorePlanAPromotionAndARollback() throws Exception {
        try (Database database = TestSupport.freshDatabase("two_clients")) {
            Runner runner = TestSupport.runner(database);
            TestProject project = new TestProject(dir).plan("initial", files("core.strata", ShopSources.CORE,
                    "shop_api_v1.strata", ShopSources.v1(app), "shop_api_v2.strata", ShopSources.v2(app)));
            runner.apply(project.plans(), TestSupport.options());
            TestSupport.execute(database, "ALTER ROLE \"" + app + "\" LOGIN");
            TestSupport.execute(database, "INSERT INTO core.customer (email, full_name) VALUES ('a@example.com', 'A')");
            long customer = Long.parseLong(TestSupport.value(database, "SELECT id FROM core.customer"));
            runner.promote(PromoteRequest.of("facades", "shop_api", 1, List.of(app)), TestSupport.options());
            project.plan("rename-note", files("core.strata", renamedCore(),
                    "shop_api_v1.strata", ShopSources.v1(app).replace("total, note from", "total, remark from"),
                    "shop_api_v2.strata", ShopSources.v2(app).replace("select id, note from",
                            "select id, remark from")));

            AtomicBoolean stop = new AtomicBoolean();
            List<Throwable> errors = new CopyOnWriteArrayList<>();
            Set<Long> written = ConcurrentHashMap.newKeySet();
            String url = database.target().jdbcUrl();
            Thread v1 = client(url, "shop_api_v1", "SELECT place_order(?, 5)", customer, stop, errors, written);
            Thread v2 = client(url, "shop_api_v2", "INSERT INTO orders (customer_id, total) VALUES (?, 7)"
                    + " RETURNING id", customer, stop, errors, written);
            v1.start();
            v2.start();
            Thread.sleep(300);
            runner.apply(project.plans(), TestSupport.options());
            Thread.sleep(300);
            runner.promote(PromoteRequest.of("facades", "shop_api", 2, List.of(app)), TestSupport.options());
            Thread.sleep(300);
            runner.promote(PromoteRequest.of("facades", "shop_api", 1, List.of(app)), TestSupport.options());
            Thread.sleep(300);
            stop.set(true);
            v1.join(10_000);
            v2.join(10_000);

            assertThat(errors).isEmpty();
            assertThat(written).hasSizeGreaterThan(20);
            Set<Long> stored = TestSupport.rows(database, "SELECT id FROM core.purchase").stream()
                    .map(row -> Long.parseLong(row.get(0))).collect(Collectors.toSet());
            assertThat(stored).containsAll(written);
            assertThat(TestSupport.value(database, "SELECT count(*) FROM core.purchase WHERE total = 5")).isNotEqualTo("0");
            assertThat(TestSupport.value(database, "SELECT count(*) FROM core.purchase WHERE total = 7")).isNotEqualTo("0");
            assertThat(project.plans().plans().get(1).steps()).extracting(step -> step.change() + " " + step.object())
                    .contains("rename column core.purchase.note -> remark", "add column core.purchase.channel")
                    .anyMatch(step -> step.endsWith("shop_api_v1.orders"));
        }
    }

    private static String renamedCore() {
        return ShopSources.CORE.replace("    note         text\n", "    remark       text renamed from note\n"
                + "    channel      text not null default 'web'\n");
    }

    /** Writes an order, reads it back through the same version, again and again until stopped. */
    private Thread client(String url, String schema, String write, long customer, AtomicBoolean stop,
                          List<Throwable> errors, Set<Long> written) {
        return new Thread(() -> {
            try (Connection connection = AppConnections.as(url, app)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET search_path = " + schema);
                }
                while (!stop.get()) {
                    long id;
                    try (PreparedStatement insert = connection.prepareStatement(write)) {
                        insert.setLong(1, customer);
                        try (ResultSet rs = insert.executeQuery()) {
                            rs.next();
                            id = rs.getLong(1);
                        }
                    }
                    try (PreparedStatement read = connection.prepareStatement("SELECT count(*) FROM orders WHERE id = ?")) {
                        read.setLong(1, id);
                        try (ResultSet rs = read.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) != 1) {
                                throw new AssertionError(schema + ": order " + id + " not read back");
                            }
                        }
                    }
                    written.add(id);
                }
            } catch (Throwable e) {
                errors.add(e);
            }
        }, "client-" + schema);
    }
}
