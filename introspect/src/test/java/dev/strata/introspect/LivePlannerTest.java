package dev.strata.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.diag.Diagnostic;
import dev.strata.compiler.model.Model;
import dev.strata.compiler.planner.MigrationChain;
import dev.strata.compiler.planner.PlanMaker.Status;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans between the models of two live databases, and how they join a project's chain of plans. */
class LivePlannerTest {

    private static final String SCHEMA = """
            CREATE SCHEMA core;
            CREATE TABLE core.customer (id bigint PRIMARY KEY, email text NOT NULL);
            """;

    @TempDir
    Path migrations;

    private LivePlanner.Request request(IntrospectionResult from, IntrospectionResult to, String name) {
        return new LivePlanner.Request(from.model(), to.model(), from.hasSchema("core"), "core", "shop", name,
                migrations, "migrations", false);
    }

    private static IntrospectionResult read(String prefix, String sql) throws Exception {
        return LiveDatabase.introspect(LiveDatabase.create(prefix, sql), IntrospectionRequest.of("core"));
    }

    @Test
    void aProjectWithoutPlansGetsTheBaselineOfTheFromDatabaseFirst() throws Exception {
        var from = read("from", SCHEMA);
        var to = read("to", SCHEMA + "ALTER TABLE core.customer ADD COLUMN phone text;");

        var outcomes = LivePlanner.plan(request(from, to, "add-phone"));
        LivePlanner.write(outcomes, migrations);

        assertThat(outcomes).extracting(o -> o.directory()).containsExactly("0001_baseline", "0002_add-phone");
        var chain = MigrationChain.load(migrations, "migrations");
        assertThat(chain.isValid()).as(chain.diagnostics().toString()).isTrue();
        assertThat(chain.links().get(0).model()).isEqualTo(from.model());
        assertThat(chain.lastModel()).isEqualTo(to.model());
        assertThat(outcomes.get(1).plan().steps()).extracting(s -> s.change() + " " + s.object())
                .containsExactly("add column core.customer.phone");
    }

    @Test
    void fromAnEmptyDatabaseThereIsNoBaselineAndThePlanCreatesTheCoreSchema() throws Exception {
        var from = read("empty", "SELECT 1");
        var to = read("full", SCHEMA);

        var outcomes = LivePlanner.plan(request(from, to, "create"));

        assertThat(outcomes).extracting(o -> o.directory()).containsExactly("0001_create");
        assertThat(outcomes.get(0).plan().steps().get(0).sql()).contains("CREATE SCHEMA");
    }

    @Test
    void theNextPlanJoinsTheChainOnlyWhereTheFromDatabaseIs() throws Exception {
        var first = read("first", SCHEMA);
        var second = read("second", SCHEMA + "ALTER TABLE core.customer ADD COLUMN phone text;");
        LivePlanner.write(LivePlanner.plan(request(first, second, "add-phone")), migrations);
        var third = read("third", SCHEMA + "ALTER TABLE core.customer ADD COLUMN phone text, ADD COLUMN fax text;");

        var next = LivePlanner.plan(request(second, third, "add-fax"));
        assertThat(next).extracting(o -> o.directory()).containsExactly("0003_add-fax");

        var elsewhere = LivePlanner.plan(request(first, third, "skip"));
        assertThat(elsewhere).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(Status.FAILED);
            assertThat(o.diagnostics()).extracting(Diagnostic::code).containsExactly("S4002");
        });
    }

    @Test
    void twoDatabasesWithTheSameSchemaHaveNothingToPlan() throws Exception {
        var a = read("same_a", SCHEMA);
        var b = read("same_b", SCHEMA);

        var outcomes = LivePlanner.plan(new LivePlanner.Request(a.model(), b.model(), true, "core", "shop", "nothing",
                migrations.resolve("elsewhere"), "migrations", false));

        assertThat(a.model()).isNotEqualTo(Model.EMPTY);
        assertThat(outcomes).as("no baseline alone either").extracting(o -> o.status())
                .containsExactly(Status.NOTHING_TO_PLAN);
    }
}
