package dev.strata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strata.testkit.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SET NOT NULL on a column of a table that holds rows runs online: a helper CHECK (c IS NOT NULL) NOT VALID in the
 * plan's transaction, then outside it VALIDATE CONSTRAINT, SET NOT NULL and the helper's drop, each committed on
 * its own. A NULL stops the validation (the helper stays, NOT VALID, and already refuses new NULLs); a writer's open
 * transaction does not hold up the validation but does stop SET NOT NULL at its lock_timeout; apply run again
 * resumes at the step that did not finish; a rollback from each of these points leaves the column nullable and the
 * helper gone. Real database, end to end.
 */
class OnlineNotNullTest {

    private static final String BEFORE = """
            core {
              table purchase {
                id   integer primary key
                note text
              }
            }
            """;

    private static final String AFTER = """
            core {
              table purchase {
                id   integer primary key
                note text not null
              }
            }
            """;

    private static final String HELPER = "SELECT conname || ' ' || convalidated FROM pg_constraint"
            + " WHERE conrelid = 'core.purchase'::regclass AND contype = 'c'";

    private static final String NOT_NULL = "SELECT attnotnull::text FROM pg_attribute"
            + " WHERE attrelid = 'core.purchase'::regclass AND attname = 'note'";

    @TempDir
    Path work;

    @Test
    void aNullStopsTheValidationAWriterStopsSetNotNullAndApplyResumesAtEach() throws Exception {
        Path project = Run.project(work, "online-not-null");
        String url = TestDatabases.newDatabase("online_nn");
        failedValidation(project, url);

        TestDatabases.execute(url, "UPDATE core.purchase SET note = 'none' WHERE note IS NULL");
        try (Connection writer = openWrite(url)) {
            var blocked = Run.strata("apply", "--url", url, "--lock-timeout", "300ms", "--lock-retries", "0",
                    project.toString());
            assertThat(blocked.code()).isNotEqualTo(ExitCode.OK);
            assertThat(blocked.out() + blocked.err()).contains("failed at step 3")
                    .contains("ALTER COLUMN \"note\" SET NOT NULL").contains("lock_timeout")
                    .contains("run apply again to resume here");
            // the validation ran beside the writer's open transaction: it holds SHARE UPDATE EXCLUSIVE only
            assertThat(TestDatabases.query(url, HELPER)).containsExactly("purchase_note_strata_nn true");
            assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("false");
            writer.commit();
        }

        var resumed = Run.strata("apply", "--url", url, project.toString());
        assertThat(resumed.code()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out() + resumed.err()).contains("resuming plan");
        assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("true");
        assertThat(TestDatabases.query(url, HELPER)).isEmpty();
        assertThat(TestDatabases.query(url, "SELECT outcome FROM strata.history WHERE plan_id LIKE '0002%'"
                + " ORDER BY id")).containsExactly("applied", "failed", "failed");
        assertThat(Run.strata("status", "--url", url, project.toString()).out()).contains("drift:         no");

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("false");
        assertThat(TestDatabases.query(url, HELPER)).isEmpty();
        TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (10, NULL)");
    }

    @Test
    void aRollbackAfterAFailedValidationDropsTheHelperAndKeepsTheRows() throws Exception {
        Path project = Run.project(work, "online-not-null-rollback");
        String url = TestDatabases.newDatabase("online_nn_back");
        failedValidation(project, url);

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, HELPER)).isEmpty();
        assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("false");
        assertThat(TestDatabases.query(url, "SELECT id || ' ' || coalesce(note, '-') FROM core.purchase ORDER BY id"))
                .containsExactly("1 a", "2 -");
    }

    @Test
    void aRollbackAfterTheValidationLeavesTheColumnNullable() throws Exception {
        Path project = Run.project(work, "online-not-null-validated");
        String url = TestDatabases.newDatabase("online_nn_valid");
        failedValidation(project, url);
        TestDatabases.execute(url, "UPDATE core.purchase SET note = 'none' WHERE note IS NULL");
        try (Connection writer = openWrite(url)) {
            var blocked = Run.strata("apply", "--url", url, "--lock-timeout", "300ms", "--lock-retries", "0",
                    project.toString());
            assertThat(blocked.out() + blocked.err()).contains("failed at step 3");
            writer.commit();
        }

        Run.succeeds(url, "rollback", "1", project);
        assertThat(TestDatabases.query(url, HELPER)).isEmpty();
        assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("false");
    }

    /** Applies BEFORE, writes a row with a NULL note, plans AFTER and applies it: the validation (step 2) fails. */
    private static void failedValidation(Path project, String url) throws Exception {
        Run.plan(project, BEFORE, "tables");
        Run.succeeds(url, "apply", null, project);
        TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (1, 'a'), (2, NULL)");
        Files.writeString(project.resolve("schema/core.strata"), AFTER);
        var plan = Run.strata("plan", "--name", "note-required", "--no-verify", project.toString());
        assertThat(plan.code()).as(plan.out() + plan.err()).isEqualTo(ExitCode.OK);

        var failed = Run.strata("apply", "--url", url, project.toString());
        assertThat(failed.code()).isNotEqualTo(ExitCode.OK);
        assertThat(failed.out() + failed.err()).contains("failed at step 2")
                .contains("VALIDATE CONSTRAINT \"purchase_note_strata_nn\"").contains("SQLSTATE 23514")
                .contains("check constraint \"purchase_note_strata_nn\" of relation \"purchase\" is violated by"
                        + " some row")
                .contains("transactional part of this plan is committed");
        assertThat(TestDatabases.query(url, HELPER)).containsExactly("purchase_note_strata_nn false");
        assertThat(TestDatabases.query(url, NOT_NULL)).containsExactly("false");
        assertThatThrownBy(() -> TestDatabases.execute(url, "INSERT INTO core.purchase VALUES (3, NULL)"))
                .as("the NOT VALID helper holds for new rows").hasMessageContaining("purchase_note_strata_nn");
    }

    /** A connection whose open transaction has written a row: it holds ROW EXCLUSIVE on core.purchase. */
    private static Connection openWrite(String url) throws Exception {
        Connection writer = TestDatabases.connect(url);
        writer.setAutoCommit(false);
        try (Statement statement = writer.createStatement()) {
            statement.execute("INSERT INTO core.purchase VALUES (100, 'written meanwhile')");
        }
        return writer;
    }
}
