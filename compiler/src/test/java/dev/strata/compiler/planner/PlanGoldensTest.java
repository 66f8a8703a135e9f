package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.plan.Plan;
import dev.strata.plan.SqlScripts;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under {@code src/test/resources/plans}: the plan from {@code before.strata} to {@code after.strata}
 * as {@code up.sql} and {@code down.sql}, or, for {@code error-*} cases, the diagnostics in {@code errors.txt}.
 */
class PlanGoldensTest {

    @TestFactory
    Stream<DynamicTest> everyCaseMatchesItsGoldenFiles() {
        return PlanCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            PlanResult result = c.plan();
            if (c.expectsErrors()) {
                assertThat(result.hasErrors()).as("case " + c.name() + " must be refused").isTrue();
                assertThat(result.steps()).isEmpty();
                Goldens.check(c.dir().resolve("errors.txt"), PlanCase.render(result.diagnostics()));
                Goldens.absent(c.dir().resolve("up.sql"));
                return;
            }
            assertThat(PlanCase.render(result.diagnostics())).as("diagnostics of " + c.name()).isEmpty();
            assertThat(result.steps()).as("steps of " + c.name()).isNotEmpty();
            Plan plan = PlanCase.asPlan(result);
            Goldens.check(c.dir().resolve("up.sql"), SqlScripts.up(plan));
            Goldens.check(c.dir().resolve("down.sql"), SqlScripts.down(plan));
            Goldens.absent(c.dir().resolve("errors.txt"));
        }));
    }

    @Test
    void thereAreAtLeastSixtyCases() {
        assertThat(PlanCase.all()).hasSizeGreaterThanOrEqualTo(60);
    }

    @Test
    void planningTheSameChangeTwiceGivesTheSameSteps() {
        for (PlanCase c : PlanCase.all()) {
            assertThat(c.plan().steps()).as(c.name()).isEqualTo(c.plan().steps());
        }
    }

    @Test
    void noChangeMeansNoSteps() {
        for (PlanCase c : List.of(PlanCase.all().get(0), PlanCase.all().get(5))) {
            var result = Planner.plan(new PlanRequest(c.after(), c.after(), "core", "x", false, false));
            assertThat(result.steps()).as(c.name()).isEmpty();
            assertThat(result.changes()).isEmpty();
        }
    }
}
