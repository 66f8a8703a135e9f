package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** plan.json and REVIEW.md of a few cases, byte for byte. */
class ArtifactGoldensTest {

    @ParameterizedTest
    @ValueSource(strings = {"column-drop", "facade-retire-version", "type-numeric-narrowing", "table-add"})
    void planJsonAndReviewMatchTheirGoldens(String name) throws Exception {
        var c = PlanCase.load(PlanCase.ROOT.resolve(name));
        Plan plan = sealed(c);
        Goldens.check(c.dir().resolve("plan.json"), PlanJson.text(plan));
        Goldens.check(c.dir().resolve("REVIEW.md"), ReviewWriter.write(plan, c.before(), c.after()));
        assertThat(PlanJson.text(sealed(c))).isEqualTo(PlanJson.text(plan));
        assertThat(PlanJson.read(PlanJson.text(plan))).isEqualTo(plan);
    }

    private static Plan sealed(PlanCase c) {
        var result = c.plan();
        return PlanJson.seal(new Plan(Plan.FORMAT, PlanCase.PLAN_ID, 2, "change", "test", "core", "0001_start",
                "0".repeat(64), ModelFingerprint.of(c.before()), ModelFingerprint.of(c.after()), "test",
                result.dataLossAccepted(), result.facadesAffected(), result.steps(), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"table-add", "facade-second-version"})
    void fingerprintsIgnorePositionsButNotContent(String name) {
        var c = PlanCase.load(PlanCase.ROOT.resolve(name));
        assertThat(ModelFingerprint.of(c.after())).isNotEqualTo(ModelFingerprint.of(c.before()));
        assertThat(ModelFingerprint.of(c.after())).isEqualTo(ModelFingerprint.of(PlanCase.parse(c.dir(),
                "after.strata")));
        assertThat(ModelFingerprint.of(Model.EMPTY)).hasSize(64);
    }
}
