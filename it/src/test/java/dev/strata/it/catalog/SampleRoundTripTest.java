package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.plan.Plan;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plans committed in {@code samples/shop/migrations}, on PostgreSQL: applied one after the other they give the
 * schema of the sources built from nothing; rolled back one after the other they give back the data of the store
 * as it was after the first plan, and at last an empty database.
 */
class SampleRoundTripTest {

    static final Path SHOP = Path.of("../samples/shop");

    @Test
    void theShopsPlansApplyAndRollBackWithTheirData() throws Exception {
        var chain = MigrationChain.load(SHOP.resolve("migrations"), "migrations");
        assertThat(chain.diagnostics()).isEmpty();
        assertThat(chain.plans()).hasSizeGreaterThanOrEqualTo(6);
        var project = ProjectLoader.load(SHOP);
        assertThat(chain.lastModel()).isEqualTo(project.model());
        var models = new ArrayList<Model>();
        chain.links().forEach(l -> models.add(l.model()));
        var schemas = PlanRunner.schemas(models.toArray(Model[]::new));
        List<Plan> plans = chain.plans();
        CatalogFacts end;
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("shop"))) {
            var empty = CatalogFacts.capture(c, schemas);
            PlanRunner.apply(c, plans.get(0).steps());
            try (Statement s = c.createStatement()) {
                s.execute("""
                        insert into core.category (slug, name) values ('tea', 'Tea');
                        insert into core.product (sku, name, description, price, category_id)
                          values ('T-1', 'Green tea', 'Light and grassy', 4.50, 1);
                        insert into core.customer (email, full_name) values ('ann@example.com', 'Ann');
                        insert into core.address (customer_id, line1, city, postal_code, country)
                          values (1, 'Main St 1', 'Springfield', '12345-6789-0123-4567', 'US');
                        """);
            }
            var afterFirst = CatalogFacts.capture(c, schemas);
            var rows = PlanRunner.data(c, models.get(0));
            for (Plan plan : plans.subList(1, plans.size())) {
                PlanRunner.apply(c, plan.steps());
            }
            end = CatalogFacts.capture(c, schemas);
            for (int i = plans.size() - 1; i >= 1; i--) {
                PlanRunner.revert(c, plans.get(i).steps(), plans.get(i).rollbackOrder());
            }
            assertThat(CatalogFacts.capture(c, schemas).diff(afterFirst)).isEmpty();
            assertThat(PlanRunner.data(c, models.get(0))).isEqualTo(rows);
            PlanRunner.revert(c, plans.get(0).steps(), plans.get(0).rollbackOrder());
            assertThat(CatalogFacts.capture(c, schemas).diff(empty)).isEmpty();
        }
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("shop_fresh"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, project.model(), "0001_fresh", true).steps());
            assertThat(end.diff(CatalogFacts.capture(c, schemas))).isEmpty();
        }
    }
}
