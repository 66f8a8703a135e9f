package dev.strata.runtime.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.project.ProjectLoader;
import dev.strata.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleRoundTripTest {

    @Test
    void theShopSampleAppliesAndRevertsToAnEmptyCatalog() throws Exception {
        var project = ProjectLoader.load(Path.of("../samples/shop"));
        assertThat(project.diagnostics()).isEmpty();
        Model model = project.model();
        var result = PlanRunner.plan(Model.EMPTY, model, "0001_init", true);
        try (var c = TestDatabases.connect(TestDatabases.newDatabase("sample"))) {
            var schemas = PlanRunner.schemas(model);
            var empty = CatalogSnapshot.capture(c, schemas);
            PlanRunner.apply(c, result.steps());
            var built = CatalogSnapshot.capture(c, schemas);
            assertThat(built.entries()).isNotEmpty();
            PlanRunner.revert(c, result.steps());
            assertThat(CatalogSnapshot.capture(c, schemas).diff(empty)).isEmpty();
        }
    }
}
