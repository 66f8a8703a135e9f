package dev.strata.it.facade;

import static dev.strata.it.facade.ShopSources.CORE;
import static dev.strata.it.facade.ShopSources.files;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.engine.Runner;
import dev.strata.engine.TestPlans;
import dev.strata.engine.TestSupport;
import dev.strata.engine.database.Database;
import dev.strata.engine.errors.StrataException;
import dev.strata.it.TestProject;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan written by hand (past the compiler's facade checks) that drops or retypes a core column a deployed facade
 * version reads is refused at apply time, with the facade, version, object and column named, and nothing applied.
 */
class ApplyTimeCompatibilityTest {

    @TempDir
    Path dir;

    private final String app = AppConnections.uniqueRole("app");

    private String refusal(String sql) {
        try (Database database = TestSupport.freshDatabase("compatibility")) {
            Runner runner = TestSupport.runner(database);
            PlanChain first = new TestProject(dir).plan("initial", files("core.strata", CORE,
                    "shop_api_v1.strata", ShopSources.v1(app))).plans();
            runner.apply(first, TestSupport.options());
            Plan parent = first.plans().get(0);
            Plan edited = TestPlans.plan(TestProject.PROJECT, 2, parent, List.of(TestPlans.step(1, sql, null)));
            PlanChain plans = PlanChain.of(TestProject.PROJECT, List.of(parent, edited));
            StrataException refused = (StrataException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> runner.apply(plans, TestSupport.options()));
            assertThat(refused).isNotNull();
            assertThat(TestSupport.value(database, "SELECT count(*) FROM information_schema.columns"
                    + " WHERE table_schema = 'core' AND table_name = 'purchase' AND column_name = 'note'"))
                    .isEqualTo("1");
            return refused.getMessage();
        }
    }

    @Test
    void droppingAColumnAFacadeViewReadsIsRefused() {
        assertThat(refusal("ALTER TABLE core.purchase DROP COLUMN note;"))
                .contains("This core change would break facade versions deployed in this database:")
                .contains("shop_api v1: view orders (schema shop_api_v1) depends on column note of table purchase")
                .contains("nothing of this plan was applied");
    }

    @Test
    void changingTheTypeOfAColumnAFacadeViewReadsIsRefused() {
        assertThat(refusal("ALTER TABLE core.purchase ALTER COLUMN note TYPE varchar(10);"))
                .contains("shop_api v1: view orders (schema shop_api_v1) depends on column note");
    }
}
