package dev.strata.engine.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.engine.TestPlans;
import dev.strata.engine.errors.ProblemKind;
import dev.strata.engine.errors.StrataException;
import dev.strata.plan.Backup;
import dev.strata.plan.Plan;
import dev.strata.plan.PlanJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFilesTest {

    private static PlanSet twoPlans() {
        return TestPlans.chain("shop",
                List.of(TestPlans.step(1, "CREATE TABLE a (id int, x text)", "DROP TABLE a")),
                List.of(TestPlans.withBackup(1, "ALTER TABLE a DROP COLUMN x", "ALTER TABLE a ADD COLUMN x text",
                        new Backup("p2_a_x", "a", List.of("id", "x"), List.of("id"),
                                "CREATE TABLE strata_backup.p2_a_x AS SELECT id, x FROM a"))));
    }

    private static void write(Path migrations, Plan plan) throws Exception {
        Path dir = Files.createDirectories(migrations.resolve(plan.id()));
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("plan.json").toFile(), plan);
    }

    @Test
    void readsPlansWrittenAsJacksonJsonInSequenceOrder(@TempDir Path migrations) throws Exception {
        PlanSet plans = twoPlans();
        write(migrations, plans.plans().get(1));
        write(migrations, plans.plans().get(0));

        PlanSet loaded = PlanFiles.load(migrations, "shop");
        assertThat(loaded.plans()).isEqualTo(plans.plans());
        assertThat(ChainVerifier.problems(loaded)).isEmpty();
    }

    @Test
    void missingDirectoryMeansNoPlans(@TempDir Path root) {
        assertThat(PlanFiles.load(root.resolve("migrations"), "shop").plans()).isEmpty();
    }

    @Test
    void unreadableOrMisplacedPlansAreReportedTogether(@TempDir Path migrations) throws Exception {
        Plan first = twoPlans().plans().get(0);
        Path wrongDir = Files.createDirectories(migrations.resolve("0001_renamed"));
        new ObjectMapper().writeValue(wrongDir.resolve("plan.json").toFile(), first);
        Path broken = Files.createDirectories(migrations.resolve("0002_broken"));
        Files.writeString(broken.resolve("plan.json"), "{ \"id\": ");
        Files.createDirectories(migrations.resolve("0003_empty"));

        assertThatThrownBy(() -> PlanFiles.load(migrations, "shop"))
                .isInstanceOfSatisfying(StrataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.problem().detail())
                            .contains("0001_renamed: the plan inside says its id is '0001_p1'")
                            .contains("0002_broken/plan.json: not a readable plan")
                            .contains("0003_empty: no plan.json");
                });
    }

    @Test
    void checksumCoversEveryField() {
        Plan plan = twoPlans().plans().get(0);
        String original = PlanJson.checksum(plan);
        Plan renamed = new Plan(plan.format(), plan.id(), plan.sequence(), "other", plan.project(),
                plan.coreSchema(), plan.parent(), plan.parentChecksum(), plan.fingerprintBefore(),
                plan.fingerprintAfter(), plan.toolVersion(), plan.dataLossAccepted(), plan.facadesAffected(),
                plan.steps(), plan.checksum());
        assertThat(PlanJson.checksum(renamed)).isNotEqualTo(original);
        assertThat(PlanJson.checksum(PlanJson.seal(plan))).isEqualTo(original);
    }

    @Test
    void parentChecksumMismatchIsReported() {
        PlanSet plans = twoPlans();
        Plan second = plans.plans().get(1);
        Plan relinked = PlanJson.seal(new Plan(second.format(), second.id(), second.sequence(), second.name(),
                second.project(), second.coreSchema(), second.parent(), "0".repeat(64), second.fingerprintBefore(),
                second.fingerprintAfter(), second.toolVersion(), second.dataLossAccepted(), second.facadesAffected(),
                second.steps(), null));
        assertThat(ChainVerifier.problems(new PlanSet("shop", List.of(plans.plans().get(0), relinked))))
                .singleElement().asString().contains("was planned on a different version of 0001_p1");
    }
}
