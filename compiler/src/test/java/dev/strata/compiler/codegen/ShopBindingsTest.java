package dev.strata.compiler.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bindings of samples/shop, compiled together with the order logic of the sample application
 * ({@code PlaceOrder} of samples/shop/app) and a scenario written against them, run on PostgreSQL with the sample
 * deployed by its plan: shop_api v2 and v3 in flight.
 */
class ShopBindingsTest {

    private static final String SCENARIO = "com.example.shop.scenario.ShopScenario";
    private static final String SEED = """
            INSERT INTO core.category (slug, name) VALUES ('drinks', 'Drinks');
            INSERT INTO core.product (sku, name, price, category_id, tags)
              VALUES ('TEA-1', 'Green tea', 4.50, 1, '{drink,hot}'), ('MUG-1', 'Mug', 9.00, 1, '{}');
            INSERT INTO core.customer (email, display_name)
              VALUES ('ada@example.com', 'Ada Lovelace'), ('bob@example.com', 'Bob Bobson');
            INSERT INTO core.loyalty_account (customer_id, points) VALUES (1, 120);
            """;

    private static final String PLACE_ORDER = "app/src/main/java/com/example/shop/app/PlaceOrder.java";

    @TempDir
    static Path work;

    private static ClassLoader loader;

    @BeforeAll
    static void compile() throws Exception {
        var files = new ArrayList<GeneratedFile>();
        files.addAll(ShopProject.generate(2).files());
        files.addAll(ShopProject.generate(3).files());
        var program = Files.readString(ShopProject.DIR.resolve(PLACE_ORDER), StandardCharsets.UTF_8);
        loader = InProcessCompiler.compile(work, files, Map.of(
                "com/example/shop/app/PlaceOrder.java", program,
                "com/example/shop/scenario/ShopScenario.java",
                PlannedDeployment.resource("codegen/drivers/ShopScenario.java")));
    }

    private static String shopDatabase() throws Exception {
        String url = TestDatabases.newDatabase("codegen_shop");
        PlannedDeployment.deploy(url, ShopProject.DIR);
        PlannedDeployment.sql(url, SEED);
        return url;
    }

    @Test
    void anApplicationPlacesAndCancelsAnOrderThroughBothVersions() throws Throwable {
        String url = shopDatabase();
        Drivers.call(loader, SCENARIO, "placeAndCancelAnOrder", Drivers.dataSource(url));
        assertThat(Drivers.openConnections(url)).as("connections left open").isZero();
    }

    @Test
    void checkSaysWhenTheVersionIsNotDeployed() throws Throwable {
        String url = TestDatabases.newDatabase("codegen_empty");
        assertThat(Drivers.call(loader, SCENARIO, "checkMessage", Drivers.dataSource(url)))
                .isEqualTo("facade shop_api version 2 is not in flight in this database: schema shop_api_v2 does"
                        + " not exist. Apply the plan that creates this version (strata apply), or use the bindings"
                        + " of a version that is in flight");
    }

    @Test
    void checkNamesWhatTheDeployedVersionLacks() throws Throwable {
        String url = shopDatabase();
        PlannedDeployment.sql(url, "DROP VIEW shop_api_v2.order_notes; DROP PROCEDURE shop_api_v2.cancel_order");
        assertThat(Drivers.call(loader, SCENARIO, "checkMessage", Drivers.dataSource(url)))
                .isEqualTo("facade shop_api version 2 is not in flight in this database: schema shop_api_v2 lacks"
                        + " view order_notes, procedure cancel_order. These bindings were generated from other"
                        + " sources than the ones applied: regenerate them from the applied sources (strata"
                        + " codegen), or apply the sources they came from");
    }

    @Test
    void checkSaysWhenTheRoleMayNotUseTheSchema() throws Throwable {
        String url = shopDatabase();
        PlannedDeployment.sql(url, "DROP ROLE IF EXISTS codegen_outsider; CREATE ROLE codegen_outsider LOGIN");
        var dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser("codegen_outsider");
        assertThat(Drivers.call(loader, SCENARIO, "checkMessage", dataSource))
                .isEqualTo("facade shop_api version 2 is not in flight in this database: the current role has no"
                        + " USAGE privilege on schema shop_api_v2. Connect as a role that the facade's grants name");
    }

    @Test
    void anAbandonedStreamGivesItsConnectionBackWhenClosed() throws Throwable {
        String url = shopDatabase();
        Drivers.call(loader, SCENARIO, "abandonAStream", Drivers.dataSource(url));
        assertThat(Drivers.openConnections(url)).isZero();
    }

    @Test
    void aFailingCallReportsPostgresErrorAndLeavesNothingOpen() throws Throwable {
        String url = shopDatabase();
        Drivers.call(loader, SCENARIO, "failingCall", Drivers.dataSource(url));
        assertThat(Drivers.openConnections(url)).isZero();
    }
}
