package com.example.shop.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.app.OrderLoad.Acknowledged;
import com.example.shop.app.OrderLoad.Instance;
import dev.strata.cli.ExitCode;
import dev.strata.cli.Main;
import dev.strata.cli.Terminal;
import dev.strata.testkit.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Blue/green on the sample store, as a team runs it: the sample's plans applied to a database of its own (v2 and v3
 * of shop_api in flight, v2 live); the application running twice side by side, the blue instance pinned to v2 and
 * the green one to v3, while clients place orders on both the whole time; then v3 is promoted, blue is drained and
 * stopped, and v2 is retired by a plan made from the sources with v2's file deleted. No request may fail, and every
 * order a client got a 201 for must be in core afterwards, as asked.
 */
class BlueGreenTest {

    private static final Path SHOP = Path.of("..").toAbsolutePath().normalize();
    private static final String SEED = """
            INSERT INTO core.category (slug, name) VALUES ('drinks', 'Drinks');
            INSERT INTO core.product (sku, name, price, category_id, tags)
              VALUES ('TEA-1', 'Green tea', 4.50, 1, '{drink,hot}'), ('MUG-1', 'Mug', 9.00, 1, '{}');
            INSERT INTO core.customer (email, display_name)
              VALUES ('ada@example.com', 'Ada Lovelace'), ('bob@example.com', 'Bob Bobson'),
                     ('eve@example.com', 'Eve Evans');
            """;

    @TempDir
    Path work;

    @Test
    void ordersKeepFlowingWhileV3IsPromotedAndV2Retired() throws Exception {
        Path project = copyOfTheSample(work.resolve("shop"));
        String url = TestDatabases.newDatabase("shop_app");
        strata("apply", "--url", url, project.toString());
        strata("promote", "shop_api", "2", "--url", url, project.toString());
        TestDatabases.execute(url, SEED);

        try (ConfigurableApplicationContext blueApp = start(url, 2);
             ConfigurableApplicationContext greenApp = start(url, 3)) {
            Instance blue = instance("blue", blueApp, "shop_api v2");
            Instance green = instance("green", greenApp, "shop_api v3");
            List<Acknowledged> orders;
            List<String> failures;
            try (OrderLoad load = new OrderLoad(List.of(blue, green), 4)) {
                load.awaitMoreOrders(blue, 20);
                load.awaitMoreOrders(green, 20);

                strata("promote", "shop_api", "3", "--url", url, project.toString());
                load.awaitMoreOrders(blue, 10);
                load.awaitMoreOrders(green, 10);

                load.drain(blue);
                blueApp.close();
                int servedByBlue = load.served(blue);

                Files.delete(project.resolve("schema/shop_api_v2.strata"));
                strata("plan", "--name", "retire-v2", "--scratch-url", url, project.toString());
                assertThat(Files.readString(project.resolve("migrations/0008_retire-v2/REVIEW.md")))
                        .contains("shop_api v2: **retired**");
                strata("apply", "--url", url, project.toString());
                load.awaitMoreOrders(green, 20);

                assertThat(load.served(blue)).as("orders blue served after it was drained").isEqualTo(servedByBlue);
                load.close();
                orders = load.acknowledged();
                failures = load.failures();
            }

            System.out.printf("orders acknowledged: %d by blue, %d by green%n",
                    orders.stream().filter(order -> order.by().equals(blue)).count(),
                    orders.stream().filter(order -> order.by().equals(green)).count());
            assertThat(failures.stream().limit(10).toList())
                    .as("failed requests (%d in all; the first ten)", failures.size()).isEmpty();
            assertThat(inCore(url)).as("the orders in core, each as 'ID EMAIL SKU QUANTITY'")
                    .containsExactlyInAnyOrderElementsOf(orders.stream().map(Acknowledged::line).toList());
            assertThat(orders).filteredOn(order -> order.by().equals(blue)).hasSizeGreaterThanOrEqualTo(30);
            assertThat(orders).filteredOn(order -> order.by().equals(green)).hasSizeGreaterThanOrEqualTo(50);
        }
        assertThat(TestDatabases.query(url, "select version || ' ' || state from strata.facade_release"
                + " where facade = 'shop_api' order by version")).containsExactly("1 retired", "2 retired", "3 live");
        assertThat(TestDatabases.query(url, "select nspname from pg_namespace where nspname like 'shop_api%'"
                + " order by 1")).containsExactly("shop_api_v3");
    }

    /** The application pinned to shop_api {@code version}, on a port of its own, as the login postgres. */
    private static ConfigurableApplicationContext start(String url, int version) {
        return new SpringApplicationBuilder(ShopApplication.class).main(ShopApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.strata.facade=shop_api:" + version, "--spring.strata.role=shop_app",
                "--spring.main.banner-mode=off");
    }

    private static Instance instance(String name, ConfigurableApplicationContext app, String servedThrough) {
        String port = app.getEnvironment().getRequiredProperty("local.server.port");
        return new Instance(name, URI.create("http://localhost:" + port), servedThrough);
    }

    /** Every order in core, as {@code "ID EMAIL SKU QUANTITY"} (one line per order: the clients order one product). */
    private static List<String> inCore(String url) throws Exception {
        return TestDatabases.query(url, "select p.id || ' ' || c.email || ' ' || pr.sku || ' ' || l.quantity"
                + " from core.purchase p join core.customer c on c.id = p.customer_id"
                + " join core.purchase_line l on l.purchase_id = p.id join core.product pr on pr.id = l.product_id"
                + " order by p.id");
    }

    /** Runs {@code strata args…} in this JVM, as the command line does; it must succeed. */
    private static void strata(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        ExitCode code = Main.run(args, new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false));
        assertThat(code).as("strata " + String.join(" ", args) + "\n" + out.toString(StandardCharsets.UTF_8)
                + err.toString(StandardCharsets.UTF_8)).isEqualTo(ExitCode.OK);
    }

    /** {@code samples/shop} without the application and without embedded server data: sources, plans, tests. */
    private static Path copyOfTheSample(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SHOP)) {
            for (Path file : files.toList()) {
                String relative = SHOP.relativize(file).toString();
                if (relative.startsWith("app") || relative.startsWith(".strata")) {
                    continue;
                }
                Path copy = target.resolve(relative.replace(File.separatorChar, '/'));
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }
}
