package dev.strata.it.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.PlanRequest;
import dev.strata.compiler.planner.Planner;
import dev.strata.compiler.testing.SchemaGenerator;
import dev.strata.engine.catalog.CatalogFacts;
import dev.strata.testkit.TestDatabases;
import java.sql.Connection;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Generated pairs of schemas (a schema, and the same schema with about half its tables changed): the plan between
 * them is accepted, its steps then their reverses give back exactly the old catalog, and its steps give exactly the
 * catalog of the new schema built from nothing.
 */
class GeneratedPlansOnPostgresPropertyTest {

    @Property(tries = 30, shrinking = ShrinkingMode.OFF, seed = "20261125")
    void plansBetweenGeneratedSchemasRoundTrip(@ForAll @IntRange(min = 1, max = 6) int tables,
                                               @ForAll @LongRange(min = 1, max = 1_000_000) long seed)
            throws Exception {
        Model before = SchemaGenerator.generate(tables, seed);
        Model after = SchemaGenerator.evolve(before, 0.6, seed + 1);
        var change = Planner.plan(new PlanRequest(before, after, PlanRunner.CORE, "0002_generated", false, false));
        assertThat(change.diagnostics()).as("diagnostics").isEmpty();
        var schemas = PlanRunner.schemas(before, after);
        CatalogFacts changed;
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("property"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, before, "0001_start", true).steps());
            var start = CatalogFacts.capture(c, schemas);
            PlanRunner.apply(c, change.steps());
            changed = CatalogFacts.capture(c, schemas);
            PlanRunner.revert(c, change.steps(), change.rollbackOrder());
            assertThat(CatalogFacts.capture(c, schemas).diff(start)).as("catalog after up and down").isEmpty();
        }
        try (Connection c = TestDatabases.connect(TestDatabases.newDatabase("property_new"))) {
            PlanRunner.apply(c, PlanRunner.plan(Model.EMPTY, after, "0001_start", true).steps());
            assertThat(changed.diff(CatalogFacts.capture(c, schemas))).as("up compared with built from nothing")
                    .isEmpty();
        }
    }
}
