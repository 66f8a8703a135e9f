package dev.strata.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.plan.PlanProblem.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Plan directories on disk: a sealed chain loads clean, and every way of tampering with it is named. */
class PlanChainTest {

    @TempDir
    Path migrations;

    @Test
    void aSealedChainLoadsInOrderWithoutProblems() throws IOException {
        List<Plan> plans = twoPlans();
        write(plans.get(1));
        write(plans.get(0));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).isEmpty();
        assertThat(chain.plans()).isEqualTo(plans);
        assertThat(chain.nextSequence()).isEqualTo(3);
        assertThat(chain.last().orElseThrow().display()).isEqualTo("migrations/0002_p2");
    }

    @Test
    void aMissingDirectoryIsAnEmptyChain() {
        PlanChain chain = PlanChain.load(migrations.resolve("nowhere"), "migrations", "shop");

        assertThat(chain.plans()).isEmpty();
        assertThat(chain.isValid()).isTrue();
        assertThat(chain.nextSequence()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.json", "up.sql", "down.sql", "REVIEW.md", "schema.strata"})
    void anEditedFileIsNamed(String file) throws IOException {
        twoPlans().forEach(this::write);
        Path edited = migrations.resolve("0002_p2").resolve(file);
        String text = Files.readString(edited);
        Files.writeString(edited, file.equals("plan.json")
                ? text.replace("ALTER TABLE a DROP COLUMN x", "DROP TABLE a") : text + "\n-- one more line\n");

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(file.equals("schema.strata") ? Kind.SNAPSHOT : Kind.EDITED);
            assertThat(problem.planId()).isEqualTo("0002_p2");
            assertThat(problem.file()).isEqualTo("migrations/0002_p2/" + file);
            assertThat(problem.hint()).isNotBlank();
        });
        assertThat(chain.problemsOf(List.of("0001_p1"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"up.sql", "down.sql", "REVIEW.md", "schema.strata"})
    void aDeletedFileIsNamed(String file) throws IOException {
        twoPlans().forEach(this::write);
        Files.delete(migrations.resolve("0001_p1").resolve(file));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("migrations/0001_p1/" + file);
            assertThat(problem.message()).contains("missing");
        });
    }

    @Test
    void aDeletedPlanJsonMakesThePlanUnreadableWithoutAFalseGapAfterIt() throws IOException {
        twoPlans().forEach(this::write);
        Files.delete(migrations.resolve("0001_p1/plan.json"));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).extracting(PlanProblem::kind).containsExactly(Kind.UNREADABLE);
        assertThat(chain.problems().get(0).message()).isEqualTo("0001_p1: no plan.json in migrations/0001_p1");
    }

    @Test
    void aRemovedPlanLeavesAGapAndABrokenLink() throws IOException {
        List<Plan> three = threePlans();
        write(three.get(0));
        write(three.get(2));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).extracting(PlanProblem::kind).containsExactly(Kind.NUMBERING, Kind.CHAIN);
        assertThat(chain.problems().get(0).message())
                .isEqualTo("0003_p3: has sequence 3 but the chain expects 2 after 0001_p1; a plan is missing");
    }

    @Test
    void twoPlansWithOneNumberComeFromTwoBranches() throws IOException {
        List<Plan> plans = twoPlans();
        write(plans.get(0));
        write(plans.get(1));
        Plan other = seal(plan(2, plans.get(0), "other", List.of(step(1, "CREATE TABLE b (id int)", "DROP TABLE b"))));
        writeAs("0002_other", other);

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).extracting(PlanProblem::message)
                .containsExactly("plans 0002_other and 0002_p2 both have number 2: they were planned on two branches");
    }

    @Test
    void aRenamedDirectoryAndAStrangerAreReported() throws IOException {
        writeAs("0001_renamed", twoPlans().get(0));
        Files.createDirectories(migrations.resolve("notes"));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).extracting(PlanProblem::message).containsExactlyInAnyOrder(
                "directory migrations/notes is not a plan (plans are named NNNN_slug)",
                "0001_renamed: the plan inside says its id is '0001_p1'");
    }

    @Test
    void planJsonThatIsNotAPlanOrOfAnotherFormatIsUnreadable() throws IOException {
        Files.createDirectories(migrations.resolve("0001_broken"));
        Files.writeString(migrations.resolve("0001_broken/plan.json"), "{ \"id\": ");
        Plan old = twoPlans().get(1);
        write(old);
        Path json = migrations.resolve("0002_p2/plan.json");
        Files.writeString(json, Files.readString(json).replace("\"format\" : 2", "\"format\" : 1"));

        PlanChain chain = PlanChain.load(migrations, "migrations", "shop");

        assertThat(chain.problems()).extracting(PlanProblem::kind).containsExactly(Kind.UNREADABLE, Kind.UNREADABLE);
        assertThat(chain.problems().get(0).message()).startsWith("0001_broken: plan.json is not a readable plan (");
        assertThat(chain.problems().get(1).message()).isEqualTo("0002_p2: plan format 1 is not the supported format 2");
        assertThat(chain.problems().get(1).hint()).contains("older Strata");
    }

    @Test
    void plansOfAnotherProjectAreRefused() throws IOException {
        write(twoPlans().get(0));

        PlanChain chain = PlanChain.load(migrations, "migrations", "billing");

        assertThat(chain.problems()).extracting(PlanProblem::message)
                .containsExactly("0001_p1: belongs to project 'shop', this is project 'billing'");
    }

    @Test
    void aPlanMadeOnAnotherVersionOfItsParentIsReported() {
        List<Plan> plans = twoPlans();
        Plan second = plans.get(1);
        Plan relinked = seal(new Plan(second.format(), second.id(), second.sequence(), second.name(),
                second.project(), second.coreSchema(), second.parent(), "0".repeat(64), second.fingerprintBefore(),
                second.fingerprintAfter(), second.toolVersion(), second.dataLossAccepted(), second.facadesAffected(),
                second.steps(), List.of(), second.files(), null));

        PlanChain chain = PlanChain.of("shop", List.of(plans.get(0), relinked));

        assertThat(chain.problems()).singleElement().extracting(PlanProblem::message).asString()
                .contains("was planned on a different version of 0001_p1");
    }

    @Test
    void theChecksumCoversEveryFieldAndEveryFileHash() {
        Plan plan = twoPlans().get(0);
        String original = PlanJson.checksum(plan);

        Plan renamed = new Plan(plan.format(), plan.id(), plan.sequence(), "other", plan.project(),
                plan.coreSchema(), plan.parent(), plan.parentChecksum(), plan.fingerprintBefore(),
                plan.fingerprintAfter(), plan.toolVersion(), plan.dataLossAccepted(), plan.facadesAffected(),
                plan.steps(), plan.rollbackOrder(), plan.files(), plan.checksum());
        Plan otherReview = plan.withFiles(Map.of(PlanChain.REVIEW_FILE, "0".repeat(64),
                PlanChain.SNAPSHOT_FILE, plan.files().get(PlanChain.SNAPSHOT_FILE)));

        assertThat(PlanJson.checksum(renamed)).isNotEqualTo(original);
        assertThat(PlanJson.checksum(otherReview)).isNotEqualTo(original);
        assertThat(PlanJson.checksum(PlanJson.seal(plan))).isEqualTo(original);
        assertThat(PlanChain.of("shop", List.of(renamed)).problems()).extracting(PlanProblem::kind)
                .containsExactly(Kind.EDITED);
    }

    @Test
    void planJsonReadsBackAsTheSamePlan() throws IOException {
        Plan plan = twoPlans().get(1);

        assertThat(PlanJson.read(PlanJson.text(plan))).isEqualTo(plan);
        assertThat(PlanJson.text(plan)).contains("\"target\" : {").doesNotContain("\"facade\"");
    }

    @Test
    void stepsThatDropNothingWriteNoDropsSoOlderPlansKeepTheirChecksum() throws IOException {
        Plan older = twoPlans().get(1);
        String text = PlanJson.text(older);
        assertThat(text).doesNotContain("\"drops\"").doesNotContain("\"reverseDrops\"");
        assertThat(PlanJson.read(text).steps().get(0).drops()).isEmpty();
        assertThat(PlanChain.of("shop", twoPlans()).problems()).isEmpty();

        StepTarget column = StepTarget.ofTable(StepTarget.Kind.COLUMN, "core", "a", "x");
        Step dropping = older.steps().get(0).dropping(List.of(column), List.of());
        Plan newer = seal(plan(2, twoPlans().get(0), "p2", List.of(dropping)));
        String written = PlanJson.text(newer);
        assertThat(written).contains("\"drops\" : [").doesNotContain("\"reverseDrops\"");
        assertThat(PlanJson.read(written)).isEqualTo(newer);
        assertThat(newer.checksum()).isNotEqualTo(older.checksum());
    }

    // ------------------------------------------------------------------------------------------ fixtures

    static List<Plan> twoPlans() {
        Plan first = seal(plan(1, null, "p1", List.of(step(1, "CREATE TABLE a (id int, x text);", "DROP TABLE a;"))));
        Plan second = seal(plan(2, first, "p2", List.of(step(1, "ALTER TABLE a DROP COLUMN x;",
                "ALTER TABLE a ADD COLUMN x text;"))));
        return List.of(first, second);
    }

    static List<Plan> threePlans() {
        List<Plan> two = twoPlans();
        Plan third = seal(plan(3, two.get(1), "p3", List.of(step(1, "CREATE TABLE c (id int);", "DROP TABLE c;"))));
        return List.of(two.get(0), two.get(1), third);
    }

    private static Step step(int number, String sql, String reverse) {
        return new Step(number, "sql", StepTarget.of(StepTarget.Kind.TABLE, "core", "t" + number), "core.t" + number,
                sql, reverse, LockLevel.ACCESS_EXCLUSIVE, false, false, true, Risk.SAFE, null, null, false, null);
    }

    private static Plan plan(int sequence, Plan parent, String name, List<Step> steps) {
        return new Plan(Plan.FORMAT, String.format("%04d_%s", sequence, name), sequence, name, "shop", "core",
                parent == null ? null : parent.id(), parent == null ? null : parent.checksum(),
                "model-" + (sequence - 1), "model-" + sequence, "test", false, List.of(), steps, List.of(),
                Map.of(PlanChain.REVIEW_FILE, Checksums.sha256(review(name)),
                        PlanChain.SNAPSHOT_FILE, Checksums.sha256(snapshot(name))), null);
    }

    private static Plan seal(Plan plan) {
        return PlanJson.seal(plan);
    }

    private static String review(String name) {
        return "# Plan " + name + "\n";
    }

    private static String snapshot(String name) {
        return "-- file: schema/" + name + ".strata\ncore {\n}\n";
    }

    private void write(Plan plan) {
        writeAs(plan.id(), plan);
    }

    private void writeAs(String directory, Plan plan) {
        try {
            Path dir = Files.createDirectories(migrations.resolve(directory));
            Files.writeString(dir.resolve(PlanChain.PLAN_FILE), PlanJson.text(plan));
            Files.writeString(dir.resolve(PlanChain.UP_FILE), SqlScripts.up(plan));
            Files.writeString(dir.resolve(PlanChain.DOWN_FILE), SqlScripts.down(plan));
            Files.writeString(dir.resolve(PlanChain.REVIEW_FILE), review(plan.name()));
            Files.writeString(dir.resolve(PlanChain.SNAPSHOT_FILE), snapshot(plan.name()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
