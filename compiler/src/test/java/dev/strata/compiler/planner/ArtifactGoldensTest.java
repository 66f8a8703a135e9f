package dev.strata.compiler.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.compiler.model.Model;
import dev.strata.compiler.model.ModelAssembler;
import dev.strata.compiler.parse.StrataParser;
import dev.strata.plan.Checksums;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanChain;
import dev.strata.plan.PlanJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** plan.json and REVIEW.md of a few cases, byte for byte, as {@link PlanAssembler} seals them. */
class ArtifactGoldensTest {

    private static final Plan PARENT = new Plan(Plan.FORMAT, "0001_start", 1, "start", "test", "core", null, null,
            "", "", "test", false, List.of(), List.of(), List.of(), null, "0".repeat(64));

    @ParameterizedTest
    @ValueSource(strings = {"column-drop", "facade-retire-version", "type-numeric-narrowing", "table-add"})
    void planJsonAndReviewMatchTheirGoldens(String name) throws Exception {
        var c = PlanCase.load(PlanCase.ROOT.resolve(name));
        var assembled = assemble(c);
        Plan plan = assembled.plan();

        Goldens.check(c.dir().resolve("plan.json"), assembled.files().get(PlanChain.PLAN_FILE));
        Goldens.check(c.dir().resolve("REVIEW.md"), assembled.files().get(PlanChain.REVIEW_FILE));

        assertThat(assemble(c).files()).as("same inputs, same bytes").isEqualTo(assembled.files());
        assertThat(PlanJson.read(PlanJson.text(plan))).isEqualTo(plan);
        assertThat(plan.files()).containsEntry(PlanChain.REVIEW_FILE, sha(assembled.files().get(PlanChain.REVIEW_FILE)))
                .containsEntry(PlanChain.SNAPSHOT_FILE, sha(assembled.files().get(PlanChain.SNAPSHOT_FILE)));
        assertThat(PlanChain.of("test", List.of(plan)).problems()).as("sealed").noneMatch(p -> p.message()
                .contains("checksum"));
        assertThat(plan.steps()).allSatisfy(step -> assertThat(step.target()).isNotNull());
    }

    private static PlanAssembler.Assembled assemble(PlanCase c) {
        var header = new PlanAssembler.Header(PlanCase.PLAN_ID, 2, "change", "test", "core", PARENT, "test");
        return PlanAssembler.assemble(header, c.before(), c.after(), c.plan(), Map.of("schema/after.strata",
                c.afterText()));
    }

    private static String sha(String text) {
        return Checksums.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"table-add", "facade-second-version"})
    void fingerprintsIgnorePositionsButNotContent(String name) throws Exception {
        var c = PlanCase.load(PlanCase.ROOT.resolve(name));
        String text = Files.readString(c.dir().resolve("after.strata"));
        Model moved = model("\n\n-- the same declarations, four lines further down the file\n\n" + text);
        Model changed = model(text + "\ncore {\n  table fingerprint_probe {\n    id bigint\n  }\n}\n");

        assertThat(firstLine(moved)).as("the positions differ").isEqualTo(firstLine(c.after()) + 4);
        assertThat(ModelFingerprint.of(moved)).isEqualTo(ModelFingerprint.of(c.after()));
        assertThat(ModelFingerprint.of(changed)).isNotEqualTo(ModelFingerprint.of(c.after()));
        assertThat(ModelFingerprint.of(c.after())).isNotEqualTo(ModelFingerprint.of(c.before()));
    }

    private static int firstLine(Model model) {
        return model.core().tables().isEmpty() ? model.facades().get(0).span().line()
                : model.core().tables().get(0).span().line();
    }

    private static Model model(String text) {
        var parsed = new StrataParser().parse("after.strata", text);
        assertThat(parsed.diagnostics()).isEmpty();
        return ModelAssembler.assemble(List.of(parsed.unit()));
    }
}
