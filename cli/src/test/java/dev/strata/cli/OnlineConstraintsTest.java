package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreign key and a check added to tables that hold rows are added online: NOT VALID in the plan's transaction,
 * then VALIDATE CONSTRAINT outside it. Rows that break them stop the validation: the transactional part stays
 * committed, the constraints stay NOT VALID (and hold for new rows), the failure says so, and apply run again
 * resumes the validation once the rows are fixed; a rollback drops the constraints. Real database, end to end.
 */
class OnlineConstraintsTest {

    private static final String BEFORE = """
            core {
              table customer { id integer primary key }
              table purchase {
                id          integer primary key
                customer_id integer
                price       numeric
              }
            }
            """;

    private static final String AFTER = """
            core {
              table customer { id integer primary key }
              table purchase {
                id          integer primary key
                customer_id integer references customer (id)
                price       numeric check (price >= 0)
              }
            }
            """;

    /** The two constraints of {@link #AFTER}, each with pg_constraint's convalidated. */
    private static final String CONSTRAINTS = "SELECT conname || ' ' || convalidated FROM pg_constraint"
            + " WHERE conrelid = 'core.purchase'::regclass AND contype IN ('c', 'f') ORDER BY conname";

    @TempDir
    Path work;

    @Test
    void validationFailsOnBadRowsKeepsTheConstraintsNotValidAndResumesOnceTheRowsAreFixed() throws Exception {
        Path project = Run.project(work, "online");
        String url = TestDatabases.newDatabase("online_resume");
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.customer VALUES (1)");
        TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (1, 1, 10), (2, 99, 5), (3, 1, -1)");
        planUnverified(project, AFTER, "constraints");

        var failed = Run.strata("apply", "--url", url, project.toString());
        assertThat(failed.code()).isNotEqualTo(ExitCode.OK);
        assertThat(failed.out() + failed.err()).contains("failed at step 3")
                .contains("VALIDATE CONSTRAINT \"purchase_customer_id_fkey\"").contains("SQLSTATE 23503")
                .contains("Key (customer_id)=(99) is not present in table \"customer\".")
                .contains("transactional part of this plan is committed")
                .contains("run apply again to resume here");
        assertThat(TestDatabases.query(url, CONSTRAINTS)).containsExactly("purchase_customer_id_fkey false",
                "purchase_price_check false");
        assertThatThrownBy(() -> TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (4, 42, 1)"))
                .as("a NOT VALID foreign key holds for new rows").hasMessageContaining("purchase_customer_id_fkey");

        TestDatabases.execute(url, "UPDATE core.purchase SET customer_id = 1 WHERE id = 2");
        var second = Run.strata("apply", "--url", url, project.toString());
        assertThat(second.code()).isNotEqualTo(ExitCode.OK);
        assertThat(second.out() + second.err()).contains("failed at step 4")
                .contains("VALIDATE CONSTRAINT \"purchase_price_check\"").contains("SQLSTATE 23514")
                .contains("check constraint \"purchase_price_check\" of relation \"purchase\" is violated by some"
                        + " row");
        assertThat(TestDatabases.query(url, CONSTRAINTS)).containsExactly("purchase_customer_id_fkey true",
                "purchase_price_check false");

        TestDatabases.execute(url, "UPDATE core.purchase SET price = 0 WHERE id = 3");
        var resumed = Run.strata("apply", "--url", url, project.toString());
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out() + resumed.err()).contains("resuming plan");
        assertThat(TestDatabases.query(url, CONSTRAINTS)).containsExactly("purchase_customer_id_fkey true",
                "purchase_price_check true");
        assertThat(TestDatabases.query(url, "SELECT outcome FROM strata.history WHERE plan_id LIKE '0002%' ORDER BY id"))
                .containsExactly("applied", "failed", "failed");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, CONSTRAINTS)).isEmpty();
    }

    @Test
    void aRollbackAfterAFailedValidationDropsTheNotValidConstraints() throws Exception {
        Path project = Run.project(work, "online-rollback");
        String url = TestDatabases.newDatabase("online_rollback");
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (1, 99, 10)");
        planUnverified(project, AFTER, "constraints");
        assertThat(Run.strata("apply", "--url", url, project.toString()).code()).isNotEqualTo(ExitCode.OK);
        assertThat(TestDatabases.query(url, CONSTRAINTS)).hasSize(2);

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, CONSTRAINTS)).isEmpty();
        assertThat(TestDatabases.query(url, "SELECT id || ' ' || customer_id FROM core.purchase")).containsExactly("1 99");
    }

    /**
     * Plans the constraints without the scratch-database proof: its generated rows reference customers that do not
     * exist, so its own validation fails (as the single-statement ADD CONSTRAINT would).
     */
    private static void planUnverified(Path project, String sources, String name) throws Exception {
        Files.writeString(project.resolve("schema/core.strata"), sources);
        var plan = Run.strata("plan", "--name", name, "--no-verify", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);
    }
}
