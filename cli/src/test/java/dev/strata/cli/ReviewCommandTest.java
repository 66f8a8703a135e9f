package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void reviewsTheLastPlanByDefaultWithRisksFirstAndStepsAsATable() throws IOException {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        var run = Run.strata("review", shop.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("""
                ## Strata review: 1 plan (0007_definer-routines)

                The plans cover the sources.

                - `0007_definer-routines`: 4 steps, nothing destructive

                ### Plan 0007_definer-routines

                **4 steps:** replace procedure ×2, replace function ×2. Nothing destructive; facades affected: \
                shop_api v2, shop_api v3.

                #### Risks

                - **Facade affected** — shop_api v2: objects are replaced; its interface is unchanged.
                """);
        assertThat(run.out()).contains("""
                | step | change | lock | risk | on the table |
                |---|---|---|---|---|
                | 1 | replace procedure `shop_api_v2.cancel_order(bigint)` | NONE | safe |  |
                """)
                .contains("The SQL of every step and its way back: `migrations/0007_definer-routines/REVIEW.md`.")
                .contains("#### Diagram\n\n```mermaid\nflowchart LR\n")
                .contains("Facade versions after this plan: shop_api v2, shop_api v3.")
                .doesNotContain("```sql");
    }

    @Test
    void reviewsThePlansAboveAfterAndSaysWhatTheirRollbackKeepsAndWhichFacadesRetire() throws IOException {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        Path out = dir.resolve("out/review.md");
        var run = Run.strata("review", "--after", "4", "--out", out.toString(), shop.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("Wrote the review of 3 plans to " + out + ".\n");
        String review = Files.readString(out);
        assertThat(review).startsWith("## Strata review: 3 plans (0005_api-v3-retire-v1,"
                        + " 0006_drop-product-description, 0007_definer-routines)\n")
                .contains("- `0006_drop-product-description`: 1 step, 1 destructive\n")
                .contains("- **Facade affected** — shop_api v1: **retired**: its schema is dropped; applications"
                        + " still using it break.")
                .contains("Facade versions after this plan: shop_api v2, shop_api v3 (new), ~~shop_api v1~~"
                        + " (retired).")
                .contains("- **Data at risk** — step 1, drop column `core.product.description`: backed up to"
                        + " `strata_backup.0006_drop-product-description_1` and restored by rollback.")
                .contains("| 1 | drop column `core.product.description` | ACCESS EXCLUSIVE | destructive |  |");
        assertThat(review.indexOf("#### Risks")).isLessThan(review.indexOf("#### Steps"));
    }

    @Test
    void changesNoPlanCoversComeFirst() throws IOException {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        Files.writeString(shop.resolve("schema/zz.strata"), "core {\n  table zz {\n    id  integer primary key\n"
                + "  }\n}\n");
        var run = Run.strata("review", "--after", "7", shop.toString());
        assertThat(run.code()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("""
                ## Strata review: no new plans

                > **Not planned.** The sources changed since plan 0007_definer-routines and no plan covers \
                `add table core.zz`. Run `strata plan --name NAME` and commit the plan it writes.

                """);
    }

    @Test
    void aBadAfterIsAUsageErrorAndBrokenPlansWriteNothing() throws IOException {
        Path shop = Samples.copyShop(dir.resolve("shop"));
        var run = Run.strata("review", "--after", "last", shop.toString());
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--after takes a plan number (0 for every plan), not 'last'");
        Path up = shop.resolve("migrations/0007_definer-routines/up.sql");
        Files.writeString(up, Files.readString(up) + "\n-- edited\n");
        Path out = dir.resolve("review.md");
        run = Run.strata("review", "--out", out.toString(), shop.toString());
        assertThat(run.code()).isEqualTo(ExitCode.VALIDATION);
        assertThat(run.err()).contains("error[S2031]");
        assertThat(out).doesNotExist();
    }
}
