package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.plan.Json;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facade-aware expand/contract across releases on {@code samples/shop}, end to end on a real database, as
 * docs/concepts.md tells it: release N adds {@code purchase.total_cents} expanding {@code total} and facade version 4
 * that reads and writes it, while versions 2 and 3 keep reading and writing {@code total}; writes through either
 * are seen by both. Rolling release N back keeps what v4 wrote; applying it again gives the cents back, from what
 * the rollback kept or, for a row whose total changed in between, from its total. The contract (dropping
 * {@code total}) is refused while a version that reads it is in flight; once v4 is live and the old versions are
 * retired, release N+1 drops it, and rolling it back brings {@code total} back with every value, those written
 * since the contract included.
 */
class ExpandAcrossReleasesTest {

    private static final String EXPANDED = "    total_cents  bigint         not null expands total"
            + " using ((total * 100)::bigint) reverse ((total_cents / 100.0)::numeric(12,2))\n";

    private static final String SAME = "SELECT count(*) FROM core.purchase WHERE total_cents IS DISTINCT FROM"
            + " (total * 100)::bigint";

    private static final String CENTS = "SELECT md5(string_agg(id || ':' || total_cents, ',' ORDER BY id))"
            + " FROM core.purchase";

    @TempDir
    Path work;

    @Test
    void expandInReleaseNPromoteRetireAndContractInReleaseNPlusOne() throws Exception {
        Path shop = Samples.copyShop(work.resolve("shop"));
        String url = TestDatabases.newDatabase("expand_shop");
        Run.succeeds(url, "apply", null, shop);
        TestDatabases.execute(url, """
                INSERT INTO core.category (slug, name) VALUES ('tea', 'Tea');
                INSERT INTO core.product (sku, name, price, category_id) VALUES ('TEA-001', 'Green tea', 7.50, 1),
                    ('TEA-002', 'Black tea', 9.90, 1);
                INSERT INTO core.customer (email, display_name) VALUES ('ada@example.org', 'Ada'),
                    ('alan@example.org', 'Alan');
                """);
        TestDatabases.execute(url, "INSERT INTO core.purchase (customer_id, total) SELECT 1 + i % 2, i / 4.0"
                + " FROM generate_series(1, 2000) AS i");
        promote(url, shop, "3");

        // release N: the new column beside the old one, and a version that reads and writes it
        Path orders = shop.resolve("schema/orders.strata");
        String ordersBefore = Files.readString(orders);
        Files.writeString(orders, ordersBefore.replace("    placed_at    timestamptz    not null default now()\n",
                EXPANDED + "    placed_at    timestamptz    not null default now()\n"));
        Files.writeString(shop.resolve("schema/shop_api_v4.strata"), versionFour(shop));
        var plan = Run.strata("plan", "--name", "expand-total-cents", shop.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
        JsonNode steps = steps(shop, "expand-total-cents");
        assertThat(changes(steps)).containsSubsequence("add column core.purchase.total_cents",
                "add trigger core.purchase.zz_strata_expand_purchase_total_cents",
                "backfill column core.purchase.total_cents (outside)", "add view shop_api_v4.orders");
        Run.succeeds(url, "apply", null, shop);
        assertThat(TestDatabases.query(url, SAME)).as("every row filled from total").containsExactly("0");

        // v3 writes total, v4 writes total_cents: both see the same orders
        TestDatabases.execute(url, "SELECT shop_api_v3.place_order(1, '[{\"product_id\": 2, \"quantity\": 3}]')");
        TestDatabases.execute(url, "SELECT shop_api_v4.place_order(2, '[{\"product_id\": 1, \"quantity\": 2}]')");
        TestDatabases.execute(url, "UPDATE core.purchase SET total = 99.99 WHERE id = 3");
        TestDatabases.execute(url, "UPDATE core.purchase SET total_cents = 4321 WHERE id = 4");
        assertThat(TestDatabases.query(url, SAME)).as("writes through either are seen by both").containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT v3.total || ' ' || v4.total_cents FROM shop_api_v3.orders v3"
                + " JOIN shop_api_v4.orders v4 USING (id) WHERE id IN (3, 4) ORDER BY id"))
                .containsExactly("99.99 9999", "43.21 4321");
        assertThat(TestDatabases.query(url, "SELECT total_cents FROM shop_api_v4.orders ORDER BY id DESC LIMIT 2"))
                .as("v4's order (2 × 7.50) and v3's (3 × 9.90)").containsExactly("1500", "2970");
        assertThat(Run.strata("status", "--url", url, shop.toString()).out()).contains("drift:         no");

        // rolling release N back keeps what v4 wrote (in total); applying it again gives each row its cents back,
        // except a row whose total changed in between, which gets them from its new total
        TestDatabases.execute(url, "UPDATE core.purchase SET total_cents = 123456 WHERE id = 6");
        String cents = TestDatabases.query(url, CENTS).get(0);
        Run.succeeds(url, "rollback", "1", shop);
        assertThat(columns(url)).doesNotContain("total_cents");
        assertThat(TestDatabases.query(url, "SELECT total FROM core.purchase WHERE id IN (4, 6) ORDER BY id"))
                .containsExactly("43.21", "1234.56");
        Run.succeeds(url, "apply", null, shop);
        assertThat(TestDatabases.query(url, CENTS)).as("the cents as they were").containsExactly(cents);
        TestDatabases.execute(url, "SELECT shop_api_v3.place_order(1, '[{\"product_id\": 1, \"quantity\": 1}]')");
        Run.succeeds(url, "rollback", "1", shop);
        TestDatabases.execute(url, "UPDATE core.purchase SET total = 1.01 WHERE id = 4");
        Run.succeeds(url, "apply", null, shop);
        assertThat(TestDatabases.query(url, "SELECT total_cents FROM core.purchase WHERE id IN (4, 6) ORDER BY id"))
                .as("a total changed while rolled back is not given its old cents").containsExactly("101", "123456");
        assertThat(TestDatabases.query(url, SAME)).containsExactly("0");

        // release N+1 tried too early: versions 2 and 3 still read total
        Files.writeString(orders, ordersBefore.replace(
                "    total        numeric(12,2)  not null default 0 check (total >= 0)\n", "").replace(
                "    placed_at    timestamptz    not null default now()\n", "    total_cents  bigint         not null"
                        + " default 0 check (total_cents >= 0)\n    placed_at    timestamptz    not null default now()\n"));
        var early = Run.strata("plan", "--name", "contract-total", shop.toString());
        assertThat(early.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(early.err()).contains("S2003").contains("facade shop_api v3").contains("facade shop_api v2")
                .contains("the contract of the expansion purchase.total_cents (expands total)");

        // promote v4, retire v2 and v3, contract
        promote(url, shop, "4");
        Files.delete(shop.resolve("schema/shop_api_v2.strata"));
        Files.delete(shop.resolve("schema/shop_api_v3.strata"));
        var contract = Run.strata("plan", "--name", "contract-total", shop.toString());
        assertThat(contract.code()).as(contract.out() + contract.err()).isEqualTo(ExitCode.OK);
        Run.succeeds(url, "apply", null, shop);
        assertThat(columns(url)).doesNotContain("total").contains("total_cents");
        assertThat(TestDatabases.query(url, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'zz_strata%'"))
                .containsExactly("0");
        TestDatabases.execute(url, "SELECT shop_api_v4.place_order(1, '[{\"product_id\": 2, \"quantity\": 1}]')");
        TestDatabases.execute(url, "UPDATE core.purchase SET total_cents = 555 WHERE id = 5");

        // rolling the contract back: total again, from the backup and, for rows written since, from total_cents
        Run.succeeds(url, "rollback", "1", shop);
        assertThat(columns(url)).contains("total", "total_cents");
        assertThat(TestDatabases.query(url, SAME)).as("every row's total matches its cents").containsExactly("0");
        assertThat(TestDatabases.query(url, "SELECT total FROM core.purchase WHERE id = 5"))
                .containsExactly("5.55");
        TestDatabases.execute(url, "SELECT shop_api_v3.place_order(2, '[{\"product_id\": 1, \"quantity\": 1}]')");
        assertThat(TestDatabases.query(url, SAME)).as("the triggers are back").containsExactly("0");

        assertThat(Run.strata("status", "--url", url, shop.toString()).out()).contains("drift:         no");
    }

    /** Version 3 of shop_api with the order total as cents, read and written through total_cents. */
    private static String versionFour(Path shop) throws Exception {
        return Files.readString(shop.resolve("schema/shop_api_v3.strata"))
                .replace("-- Version 3: version 2 plus the loyalty points of each customer.",
                        "-- Version 4: version 3 with order totals in cents.")
                .replace("facade shop_api version 3", "facade shop_api version 4")
                .replace("    total        numeric(12,2) not null,\n    placed_at    timestamptz not null\n",
                        "    total_cents  bigint not null,\n    placed_at    timestamptz not null\n")
                .replace("select id, customer_id, status, total, placed_at from core.purchase",
                        "select id, customer_id, status, total_cents, placed_at from core.purchase")
                .replace("set total = (select coalesce(sum(quantity * unit_price), 0) from core.purchase_line",
                        "set total_cents = (select coalesce(sum(quantity * unit_price * 100), 0)::bigint from"
                                + " core.purchase_line")
                .replace("returns table (id bigint, status order_status, total numeric(12,2))",
                        "returns table (id bigint, status order_status, total_cents bigint)")
                .replace("select id, status, total from core.purchase", "select id, status, total_cents from"
                        + " core.purchase");
    }

    private static void promote(String url, Path shop, String version) {
        var promote = Run.strata("promote", "--url", url, "shop_api", version, shop.toString());
        assertThat(promote.code()).as(promote.out() + promote.err()).isEqualTo(ExitCode.OK);
    }

    private static List<String> columns(String url) throws Exception {
        return TestDatabases.query(url, "SELECT attname FROM pg_attribute WHERE attrelid = 'core.purchase'::regclass"
                + " AND attnum > 0 AND NOT attisdropped ORDER BY attnum");
    }

    private static JsonNode steps(Path project, String name) throws Exception {
        try (var plans = Files.list(project.resolve("migrations"))) {
            Path dir = plans.filter(p -> p.getFileName().toString().endsWith(name)).findFirst().orElseThrow();
            return Json.mapper().readTree(Files.readString(dir.resolve("plan.json"))).get("steps");
        }
    }

    private static List<String> changes(JsonNode steps) {
        var changes = new ArrayList<String>();
        steps.forEach(step -> changes.add(step.get("change").asText() + " " + step.get("object").asText()
                + (step.get("transactional").asBoolean() ? "" : " (outside)")));
        return changes;
    }
}
