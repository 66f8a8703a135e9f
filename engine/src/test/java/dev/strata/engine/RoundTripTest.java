package dev.strata.engine;

import static dev.strata.engine.TestPlans.chain;
import static dev.strata.engine.TestPlans.outsideTransaction;
import static dev.strata.engine.TestPlans.step;
import static dev.strata.engine.TestPlans.withBackup;
import static dev.strata.engine.TestSupport.options;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.database.Database;
import dev.strata.plan.Backup;
import dev.strata.plan.PlanChain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A store's schema applied plan by plan with data in it, rolled back to zero and forward again, with every table's
 * contents compared by checksum at each step: no row is lost and dropped data comes back.
 */
class RoundTripTest {

    private static final Backup NAME_BACKUP = Backup.beforeStep("p3_customer_name", "core.customer", List.of("id", "name"),
            List.of("id"), "CREATE TABLE strata_backup.p3_customer_name AS SELECT id, name FROM core.customer");
    private static final Backup PURCHASE_BACKUP = Backup.beforeStep("p4_purchase", "core.purchase",
            List.of("id", "customer_id", "total", "placed_at"), List.of("id"),
            "CREATE TABLE strata_backup.p4_purchase AS SELECT * FROM core.purchase");
    private static final Backup TOTAL_BACKUP = Backup.beforeStep("p5_invoice_total", "core.invoice", List.of("id", "total"),
            List.of("id"), "CREATE TABLE strata_backup.p5_invoice_total AS SELECT id, total FROM core.invoice");

    static PlanChain store() {
        return chain("shop",
                List.of(step(1, "CREATE SCHEMA core", "DROP SCHEMA core"),
                        step(2, "CREATE TABLE core.customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " email text NOT NULL UNIQUE, name text NOT NULL)", "DROP TABLE core.customer"),
                        step(3, "CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " customer_id bigint NOT NULL REFERENCES core.customer (id),"
                                + " total numeric(12,2) NOT NULL CHECK (total >= 0),"
                                + " placed_at timestamptz NOT NULL DEFAULT now())", "DROP TABLE core.purchase"),
                        step(4, "CREATE TABLE core.invoice (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL)",
                                "DROP TABLE core.invoice")),
                List.of(step(1, "ALTER TABLE core.customer ADD COLUMN points integer NOT NULL DEFAULT 0",
                                "ALTER TABLE core.customer DROP COLUMN points"),
                        outsideTransaction(2, "core", "purchase", "purchase_by_customer",
                                "CREATE INDEX CONCURRENTLY purchase_by_customer"
                                + " ON core.purchase (customer_id, placed_at DESC)",
                                "DROP INDEX CONCURRENTLY IF EXISTS core.purchase_by_customer")),
                List.of(withBackup(1, "ALTER TABLE core.customer DROP COLUMN name",
                        "ALTER TABLE core.customer ADD COLUMN name text;\n"
                                + "UPDATE core.customer c SET name = b.name FROM strata_backup.p3_customer_name b"
                                + " WHERE b.id = c.id;\n"
                                + "ALTER TABLE core.customer ALTER COLUMN name SET NOT NULL", NAME_BACKUP)),
                List.of(withBackup(1, "DROP TABLE core.purchase",
                        "CREATE TABLE core.purchase (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                                + " customer_id bigint NOT NULL REFERENCES core.customer (id),"
                                + " total numeric(12,2) NOT NULL CHECK (total >= 0),"
                                + " placed_at timestamptz NOT NULL DEFAULT now());\n"
                                + "INSERT INTO core.purchase (id, customer_id, total, placed_at) OVERRIDING SYSTEM VALUE"
                                + " SELECT id, customer_id, total, placed_at FROM strata_backup.p4_purchase;\n"
                                + "SELECT setval(pg_get_serial_sequence('core.purchase', 'id'),"
                                + " (SELECT max(id) FROM core.purchase));\n"
                                + "CREATE INDEX purchase_by_customer ON core.purchase (customer_id, placed_at DESC)",
                        PURCHASE_BACKUP)),
                List.of(withBackup(1, "ALTER TABLE core.invoice ALTER COLUMN total TYPE integer USING round(total)",
                        "ALTER TABLE core.invoice ALTER COLUMN total TYPE numeric(12,2);\n"
                                + "UPDATE core.invoice i SET total = b.total FROM strata_backup.p5_invoice_total b"
                                + " WHERE b.id = i.id", TOTAL_BACKUP)));
    }

    /** Each table's rows as JSON (keys sorted, so column order does not matter), hashed. */
    private static Map<String, String> checksums(Database database) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (List<String> table : TestSupport.rows(database, "SELECT tablename FROM pg_tables"
                + " WHERE schemaname = 'core' ORDER BY tablename")) {
            String name = table.get(0);
            sums.put(name, TestSupport.value(database, "SELECT count(*) || ':' || coalesce(md5(string_agg("
                    + "to_jsonb(t)::text, ',' ORDER BY t.id)), '') FROM core." + name + " t"));
        }
        return sums;
    }

    @Test
    void appliedPlanByPlanRolledBackToZeroAndForwardAgainWithoutLosingARow() {
        PlanChain plans = store();
        try (Database database = TestSupport.freshDatabase("roundtrip")) {
            Runner runner = TestSupport.runner(database);
            List<Map<String, String>> forward = new ArrayList<>();
            forward.add(checksums(database));
            for (int n = 1; n <= plans.plans().size(); n++) {
                runner.apply(PlanChain.of("shop", plans.plans().subList(0, n)), options());
                if (n == 1) {
                    TestSupport.execute(database, "INSERT INTO core.customer (email, name)"
                            + " SELECT 'c' || g || '@example.com', 'Customer ' || g FROM generate_series(1, 500) g;"
                            + " INSERT INTO core.purchase (customer_id, total, placed_at)"
                            + " SELECT 1 + g % 500, (g % 9000) / 7.0, timestamptz '2026-01-01' + g * interval '1 min'"
                            + " FROM generate_series(1, 3000) g;"
                            + " INSERT INTO core.invoice SELECT g, g * 1.25 FROM generate_series(1, 400) g");
                }
                forward.add(checksums(database));
            }
            assertThat(forward.get(1).get("customer")).startsWith("500:");
            assertThat(forward.get(4)).doesNotContainKey("purchase");
            assertThat(forward.get(5).get("invoice")).isNotEqualTo(forward.get(4).get("invoice"));

            for (int n = plans.plans().size(); n >= 1; n--) {
                runner.rollback(plans, RollbackRequest.last(), options());
                Map<String, String> expected = n == 1 ? forward.get(0) : forward.get(n - 1);
                assertThat(checksums(database)).as("after rolling back plan %d", n).isEqualTo(expected);
            }
            assertThat(runner.status(plans).currentPlan()).isNull();

            runner.apply(PlanChain.of("shop", plans.plans().subList(0, 1)), options());
            TestSupport.execute(database, "INSERT INTO core.customer (email, name)"
                    + " SELECT 'c' || g || '@example.com', 'Customer ' || g FROM generate_series(1, 500) g;"
                    + " INSERT INTO core.purchase (customer_id, total, placed_at)"
                    + " SELECT 1 + g % 500, (g % 9000) / 7.0, timestamptz '2026-01-01' + g * interval '1 min'"
                    + " FROM generate_series(1, 3000) g;"
                    + " INSERT INTO core.invoice SELECT g, g * 1.25 FROM generate_series(1, 400) g");
            for (int n = 2; n <= plans.plans().size(); n++) {
                runner.apply(PlanChain.of("shop", plans.plans().subList(0, n)), options());
                assertThat(checksums(database)).as("forward again to plan %d", n).isEqualTo(forward.get(n));
            }
            assertThat(runner.status(plans).drift().drifted()).isFalse();
        }
    }
}
