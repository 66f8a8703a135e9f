package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A deferrable key, a MATCH FULL foreign key and a NO INHERIT check planned from nothing on real PostgreSQL; each
 * one replaced by hand with the same constraint without its option shows in the catalog facts drift detection
 * compares, naming that constraint, and putting it back leaves no difference.
 */
class ConstraintOptionsDriftOnPostgresTest {

    private static final String SCHEMA = """
            core {
              table region {
                code  text
                zone  text
                primary key (code, zone)
              }
              table shop {
                id           integer primary key deferrable initially deferred
                region_code  text
                region_zone  text
                stock        integer check (stock >= 0) no inherit
                constraint shop_region foreign key (region_code, region_zone) references region (code, zone)
                    match full
              }
            }
            """;

    @Test
    void aHandChangeOfEachOptionIsDrift() throws Exception {
        Model model = PlanRunner.parse("schema.strata", SCHEMA);
        var schemas = PlanRunner.schemas(model);
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("constraint_options_drift"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, model, "0001_start", true).steps());
            var planned = CatalogFacts.capture(c, schemas);

            drift(c, planned, schemas, "shop_pkey", "ALTER TABLE core.shop DROP CONSTRAINT shop_pkey,"
                    + " ADD CONSTRAINT shop_pkey PRIMARY KEY (id)", "ALTER TABLE core.shop DROP CONSTRAINT shop_pkey,"
                    + " ADD CONSTRAINT shop_pkey PRIMARY KEY (id) DEFERRABLE INITIALLY DEFERRED");
            drift(c, planned, schemas, "shop_region", "ALTER TABLE core.shop DROP CONSTRAINT shop_region,"
                    + " ADD CONSTRAINT shop_region FOREIGN KEY (region_code, region_zone) REFERENCES core.region",
                    "ALTER TABLE core.shop DROP CONSTRAINT shop_region, ADD CONSTRAINT shop_region"
                            + " FOREIGN KEY (region_code, region_zone) REFERENCES core.region MATCH FULL");
            drift(c, planned, schemas, "shop_stock_check", "ALTER TABLE core.shop DROP CONSTRAINT shop_stock_check,"
                    + " ADD CONSTRAINT shop_stock_check CHECK (stock >= 0)", "ALTER TABLE core.shop"
                    + " DROP CONSTRAINT shop_stock_check,"
                    + " ADD CONSTRAINT shop_stock_check CHECK (stock >= 0) NO INHERIT");
        }
    }

    private static void drift(Connection c, CatalogFacts planned, java.util.List<String> schemas, String constraint,
                              String change, String back) throws SQLException {
        run(c, change);
        assertThat(CatalogFacts.capture(c, schemas).diff(planned)).as(constraint + " changed by hand").isNotEmpty()
                .allMatch(line -> line.contains("constraint core.shop." + constraint));
        run(c, back);
        assertThat(CatalogFacts.capture(c, schemas).diff(planned)).as(constraint + " put back").isEmpty();
    }

    private static void run(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
